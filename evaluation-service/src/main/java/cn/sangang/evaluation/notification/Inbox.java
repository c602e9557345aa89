package cn.sangang.evaluation.notification;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One person's view of the bureau's notifications: those addressed to them by person number or to a role they hold,
 * and which of those they have read.
 */
@Component
class Inbox {

    /** The newest this many; older ones still count as unread until read. */
    static final int LATEST = 100;

    record Entry(NotificationDocument notification, boolean read) {
    }

    private final MongoOperations mongo;

    Inbox(MongoOperations mongo) {
        this.mongo = mongo;
    }

    List<Entry> latest(Reader reader, boolean unreadOnly) {
        Set<String> read = readIds(reader);
        Criteria addressed = addressedTo(reader);
        if (unreadOnly && !read.isEmpty()) {
            addressed = addressed.and("id").nin(read);
        }
        Query query = Query.query(addressed).with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))
                .limit(LATEST);
        return mongo.find(query, NotificationDocument.class).stream().map(n -> new Entry(n, read.contains(n.id())))
                .toList();
    }

    long unread(Reader reader) {
        Set<String> read = readIds(reader);
        Criteria addressed = addressedTo(reader);
        return mongo.count(Query.query(read.isEmpty() ? addressed : addressed.and("id").nin(read)),
                NotificationDocument.class);
    }

    /** The notification, if it is one of the reader's bureau addressed to them. */
    Optional<NotificationDocument> addressed(Reader reader, String notificationId) {
        return Optional.ofNullable(mongo.findOne(Query.query(addressedTo(reader).and("id").is(notificationId)),
                NotificationDocument.class));
    }

    /** The ids of the notifications addressed to the reader that they have not read. */
    List<String> unreadIds(Reader reader) {
        Set<String> read = readIds(reader);
        Criteria addressed = addressedTo(reader);
        Query unread = Query.query(read.isEmpty() ? addressed : addressed.and("id").nin(read));
        unread.fields().include("id");
        return mongo.find(unread, NotificationDocument.class).stream().map(NotificationDocument::id).toList();
    }

    private Set<String> readIds(Reader reader) {
        Query query = Query
                .query(Criteria.where("bureauId").is(reader.bureauId()).and("memberId").is(reader.memberId()));
        query.fields().include("notificationId");
        return mongo.find(query, ReadMarkDocument.class).stream().map(ReadMarkDocument::notificationId)
                .collect(Collectors.toSet());
    }

    private static Criteria addressedTo(Reader reader) {
        return Criteria.where("bureauId").is(reader.bureauId()).orOperator(
                Criteria.where("personNos").is(reader.memberId()), Criteria.where("roles").in(reader.roles()));
    }
}
