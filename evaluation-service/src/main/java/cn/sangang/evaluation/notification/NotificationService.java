package cn.sangang.evaluation.notification;

import java.time.Clock;

import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

import cn.sangang.events.reminder.ReminderDue;
import cn.sangang.platform.problem.NotFoundException;

/**
 * Puts a reminder into its bureau's inbox once, and hands a newly stored one to the outbound channels; and takes
 * note of what each reader has read.
 */
@Service
class NotificationService {

    private final MongoOperations mongo;
    private final Inbox inbox;
    private final OutboundDispatch outbound;
    private final Clock clock;

    NotificationService(MongoOperations mongo, Inbox inbox, OutboundDispatch outbound, Clock clock) {
        this.mongo = mongo;
        this.inbox = inbox;
        this.outbound = outbound;
        this.clock = clock;
    }

    void receive(String bureauId, ReminderDue reminder) {
        NotificationDocument notification = new NotificationDocument(new ObjectId().toHexString(), bureauId,
                reminder.subject(), reminder.threshold(), reminder.kind(), reminder.title(), reminder.detail(),
                reminder.link(), reminder.dueOn(), reminder.personNos(), reminder.roles(), clock.instant());
        try {
            mongo.insert(notification);
        } catch (DuplicateKeyException alreadyInTheInbox) {
            // The same bureau, subject and threshold: redelivered, or sent again after its ledger entry was lost.
            return;
        }
        outbound.dispatch(notification.toNotification());
    }

    Inbox.Entry markRead(Reader reader, String notificationId) {
        NotificationDocument notification = inbox.addressed(reader, notificationId)
                .orElseThrow(() -> new NotFoundException("notification.not-found"));
        mark(reader, notificationId);
        return new Inbox.Entry(notification, true);
    }

    /** Marks what is unread now; a notification that arrives meanwhile stays unread. */
    long markAllRead(Reader reader) {
        inbox.unreadIds(reader).forEach(id -> mark(reader, id));
        return inbox.unread(reader);
    }

    private void mark(Reader reader, String notificationId) {
        try {
            mongo.insert(ReadMarkDocument.of(reader, notificationId, clock.instant()));
        } catch (DuplicateKeyException readBefore) {
            // Read before (another tab, a double click): the first time it was read stands.
        }
    }
}
