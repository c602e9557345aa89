package cn.sangang.evaluation.notification;

/**
 * A way a notification leaves the inbox (email, SMS, WeCom, DingTalk): every bean of this type is called once, when
 * a notification is first stored — never for a redelivered or re-sent reminder. It runs after the notification is
 * in the inbox and apart from the event consumer, so a channel that throws or hangs loses nothing and holds up no
 * other notification; its failures are logged and counted ({@code sangang.notifications.outbound}).
 */
public interface OutboundChannel {

    /** A short name for logs and metrics, e.g. {@code email}. */
    String name();

    void send(Notification notification);
}
