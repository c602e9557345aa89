package cn.sangang.evaluation.notification;

import java.time.Instant;
import java.time.LocalDate;

import cn.sangang.events.reminder.ReminderKind;

/** The response bodies of the inbox API. */
final class NotificationApi {

    private NotificationApi() {
    }

    record NotificationView(String id, ReminderKind kind, String title, String detail, String link, LocalDate dueOn,
            Instant createdAt, boolean read) {

        static NotificationView of(Inbox.Entry entry) {
            NotificationDocument n = entry.notification();
            return new NotificationView(n.id(), n.kind(), n.title(), n.detail(), n.link(), n.dueOn(), n.createdAt(),
                    entry.read());
        }
    }

    record UnreadCount(long unread) {
    }
}
