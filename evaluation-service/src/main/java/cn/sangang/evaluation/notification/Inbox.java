package cn.sangang.evaluation.notification;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.sangang.platform.problem.NotFoundException;

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
    private final Clock clock;

    Inbox(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    List<Entry> latest(Reader reader, boolean unreadOnly) {
        Set<String> read = readIds(reader);
        Criteria addressed = addressedTo(reader);
        if (unreadOnly && !read.isEmpty()) {
            addressed = addressed.and("id").nin(read);
        }
        Query query = Query.query(addressed).with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))
            .limit(LATEST);
        return mongo.find(query, NotificationDocument.class).stream()
            .map(n -> new Entry(n, read.contains(n.id())))
            .toList();
    }

    long unread(Reader reader) {
        Set<String> read = readIds(reader);
        Criteria addressed = addressedTo(reader);
        return mongo.count(Query.query(read.isEmpty() ? addressed : addressed.and("id").nin(read)),
            NotificationDocument.class);
    }

    Entry markRead(Reader reader, String notificationId) {
        NotificationDocument notification = mongo.findOne(Query.query(addressedTo(reader).and("id").is(notificationId)),
            NotificationDocument.class);
        if (notification == null) {
            throw new NotFoundException("notification.not-found");
        }
        mark(reader, notificationId);
        return new Entry(notification, true);
    }

    /** Marks what is unread now; a notification that arrives meanwhile stays unread. */
    long markAllRead(Reader reader) {
        Set<String> read = readIds(reader);
        Criteria addressed = addressedTo(reader);
        Query unread = Query.query(read.isEmpty() ? addressed : addressed.and("id").nin(read));
        unread.fields().include("id");
        mongo.find(unread, NotificationDocument.class).forEach(n -> mark(reader, n.id()));
        return unread(reader);
    }

    private void mark(Reader reader, String notificationId) {
        try {
            mongo.insert(ReadMarkDocument.of(reader, notificationId, clock.instant()));
        } catch (DuplicateKeyException readBefore) {
            // Read before (another tab, a double click): the first time it was read stands.
        }
    }

    private Set<String> readIds(Reader reader) {
        Query query = Query.query(Criteria.where("bureauId").is(reader.bureauId()).and("memberId").is(reader.memberId()));
        query.fields().include("notificationId");
        return mongo.find(query, ReadMarkDocument.class).stream().map(ReadMarkDocument::notificationId)
            .collect(Collectors.toSet());
    }

    private static Criteria addressedTo(Reader reader) {
        return Criteria.where("bureauId").is(reader.bureauId()).orOperator(
            Criteria.where("personNos").is(reader.memberId()), Criteria.where("roles").in(reader.roles()));
    }
}
