package cn.sangang.evaluation.notification;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That one account read one notification. Kept per account, not on the notification: a notification addressed to
 * a role is read by each of its holders for themself. The id is bureau, person and notification, so marking twice
 * is one mark.
 */
@Document("notification_reads")
@CompoundIndex(name = "by_reader", def = "{'bureauId': 1, 'memberId': 1}")
record ReadMarkDocument(@Id String id, String bureauId, String memberId, String notificationId, Instant readAt) {

    static ReadMarkDocument of(Reader reader, String notificationId, Instant readAt) {
        return new ReadMarkDocument(reader.bureauId() + "|" + reader.memberId() + "|" + notificationId,
                reader.bureauId(), reader.memberId(), notificationId, readAt);
    }
}
