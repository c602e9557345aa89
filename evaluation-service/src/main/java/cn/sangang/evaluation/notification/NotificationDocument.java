package cn.sangang.evaluation.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.events.reminder.ReminderKind;

/**
 * One reminder in a bureau's inbox, shared by everyone it is addressed to; who has read it is kept per account
 * ({@link ReadMarkDocument}). One per bureau, subject and threshold, so a redelivered or re-sent reminder is not a
 * second entry.
 */
@Document("notifications")
@CompoundIndex(name = "one_per_reminder", def = "{'bureauId': 1, 'subject': 1, 'threshold': 1}", unique = true)
@CompoundIndex(name = "by_person", def = "{'bureauId': 1, 'personNos': 1, 'createdAt': -1}")
@CompoundIndex(name = "by_role", def = "{'bureauId': 1, 'roles': 1, 'createdAt': -1}")
record NotificationDocument(@Id String id, String bureauId, String subject, String threshold, ReminderKind kind,
        String title, String detail, String link, LocalDate dueOn, List<String> personNos, List<String> roles,
        Instant createdAt) {

    Notification toNotification() {
        return new Notification(id, bureauId, kind, title, detail, link, dueOn, personNos, roles, createdAt);
    }
}
