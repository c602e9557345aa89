package cn.sangang.evaluation.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.events.reminder.ReminderKind;
import cn.sangang.platform.security.Caller;

/**
 * The caller's inbox: the reminders addressed to them or to a role they hold, newest first, and which they have
 * read. Any account of a bureau that is a person of its roster has one.
 */
@RestController
@RequestMapping("/api/evaluation/notifications")
class NotificationController {

    record NotificationView(String id, ReminderKind kind, String title, String detail, String link, LocalDate dueOn,
                            Instant createdAt, boolean read) {
    }

    record UnreadCount(long unread) {
    }

    private final Inbox inbox;

    NotificationController(Inbox inbox) {
        this.inbox = inbox;
    }

    /** The newest 100 ({@code unreadOnly}: the newest 100 unread). */
    @GetMapping
    List<NotificationView> list(Caller caller, @RequestParam(defaultValue = "false") boolean unreadOnly) {
        return inbox.latest(Reader.of(caller), unreadOnly).stream().map(NotificationController::view).toList();
    }

    @GetMapping("/unread-count")
    UnreadCount unreadCount(Caller caller) {
        return new UnreadCount(inbox.unread(Reader.of(caller)));
    }

    @PostMapping("/{id}/read")
    NotificationView markRead(Caller caller, @PathVariable @Pattern(regexp = "[0-9a-f]{24}") String id) {
        return view(inbox.markRead(Reader.of(caller), id));
    }

    @PostMapping("/read-all")
    UnreadCount markAllRead(Caller caller) {
        return new UnreadCount(inbox.markAllRead(Reader.of(caller)));
    }

    private static NotificationView view(Inbox.Entry entry) {
        NotificationDocument n = entry.notification();
        return new NotificationView(n.id(), n.kind(), n.title(), n.detail(), n.link(), n.dueOn(), n.createdAt(),
            entry.read());
    }
}
