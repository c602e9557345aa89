package cn.sangang.evaluation.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.sangang.events.reminder.ReminderKind;

/**
 * A notification as the inbox stored it, the way an {@link OutboundChannel} receives it: whom it is for (people of
 * the roster by person number, holders of bureau roles) and what it says, in Chinese, with the staff page to act on.
 */
public record Notification(String id, String bureauId, ReminderKind kind, String title, String detail, String link,
        LocalDate dueOn, List<String> personNos, List<String> roles, Instant createdAt) {
}
