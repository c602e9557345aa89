package cn.sangang.evaluation.notification;

import java.time.Clock;

import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import cn.sangang.events.reminder.ReminderDue;

/** Puts a reminder into its bureau's inbox once, and hands a newly stored one to the outbound channels. */
@Component
class Notifications {

    private final MongoOperations mongo;
    private final OutboundDispatch outbound;
    private final Clock clock;

    Notifications(MongoOperations mongo, OutboundDispatch outbound, Clock clock) {
        this.mongo = mongo;
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
}
