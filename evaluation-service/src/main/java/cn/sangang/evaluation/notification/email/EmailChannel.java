package cn.sangang.evaluation.notification.email;

import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import cn.sangang.evaluation.notification.Notification;
import cn.sangang.evaluation.notification.OutboundChannel;

/**
 * Mails a new notification to the mailboxes configured for its bureau's roles and people, one message per address
 * so recipients do not see each other. On only with {@code sangang.notifications.email.enabled=true} and an SMTP
 * server in {@code spring.mail.*}.
 */
@Component
@ConditionalOnProperty(prefix = "sangang.notifications.email", name = "enabled", havingValue = "true")
class EmailChannel implements OutboundChannel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final JavaMailSender mail;
    private final EmailProperties properties;
    private final Mailboxes mailboxes;

    EmailChannel(JavaMailSender mail, EmailProperties properties) {
        this.mail = mail;
        this.properties = properties;
        this.mailboxes = new Mailboxes(properties.bureaus());
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public void send(Notification notification) {
        Set<String> to = mailboxes.of(notification.bureauId(), notification.roles(), notification.personNos());
        if (to.isEmpty()) {
            return;
        }
        String text = text(notification);
        mail.send(to.stream().map(address -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.from());
            message.setTo(address);
            message.setSubject("【三岗】" + notification.title());
            message.setText(text);
            return message;
        }).toArray(SimpleMailMessage[]::new));
    }

    private String text(Notification n) {
        StringBuilder text = new StringBuilder(n.title()).append("\n\n");
        if (n.detail() != null && !n.detail().isBlank()) {
            text.append(n.detail()).append("\n\n");
        }
        if (n.dueOn() != null) {
            text.append("期限：").append(DAY.format(n.dueOn())).append("\n");
        }
        if (n.link() != null && !properties.webBaseUrl().isBlank()) {
            text.append("办理：").append(properties.webBaseUrl().replaceAll("/+$", "")).append(n.link()).append("\n");
        }
        return text.append("\n此邮件由三岗管理平台自动发送，请登录平台查看和处理。").toString();
    }
}
