package cn.sangang.evaluation.notification;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.evaluation.notification.NotificationApi.NotificationView;
import cn.sangang.evaluation.notification.NotificationApi.UnreadCount;
import cn.sangang.platform.security.Caller;

/**
 * The caller's inbox: the reminders addressed to them or to a role they hold, newest first, and which they have
 * read. Any account of a bureau that is a person of its roster has one.
 */
@RestController
@RequestMapping("/api/evaluation/notifications")
class NotificationController {

    private final NotificationService notifications;
    private final Inbox inbox;

    NotificationController(NotificationService notifications, Inbox inbox) {
        this.notifications = notifications;
        this.inbox = inbox;
    }

    /** The newest 100 ({@code unreadOnly}: the newest 100 unread). */
    @GetMapping
    List<NotificationView> list(Caller caller, @RequestParam(defaultValue = "false") boolean unreadOnly) {
        return inbox.latest(Reader.of(caller), unreadOnly).stream().map(NotificationView::of).toList();
    }

    @GetMapping("/unread-count")
    UnreadCount unreadCount(Caller caller) {
        return new UnreadCount(inbox.unread(Reader.of(caller)));
    }

    @PostMapping("/{id}/read")
    NotificationView markRead(Caller caller, @PathVariable @Pattern(regexp = "[0-9a-f]{24}") String id) {
        return NotificationView.of(notifications.markRead(Reader.of(caller), id));
    }

    @PostMapping("/read-all")
    UnreadCount markAllRead(Caller caller) {
        return new UnreadCount(notifications.markAllRead(Reader.of(caller)));
    }
}
