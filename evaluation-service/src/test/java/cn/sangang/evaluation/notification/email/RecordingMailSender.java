package cn.sangang.evaluation.notification.email;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A mail sender that keeps what it is asked to send instead of talking to an SMTP server. */
public class RecordingMailSender extends JavaMailSenderImpl {

    private final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
        for (Object original : originalMessages) {
            sent.add((SimpleMailMessage) original);
        }
    }

    public List<SimpleMailMessage> sent() {
        return List.copyOf(sent);
    }

    public List<SimpleMailMessage> sentTo(String address) {
        return sent.stream().filter(m -> List.of(m.getTo()).contains(address)).toList();
    }
}
