package cn.sangang.evaluation.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;

import cn.sangang.evaluation.notification.Notification;
import cn.sangang.events.reminder.ReminderKind;

class EmailChannelTest {

    final RecordingMailSender mail = new RecordingMailSender();
    final EmailChannel channel = new EmailChannel(mail,
            new EmailProperties(true, "sangang@tj.example.gov.cn", "https://sangang.example.gov.cn/",
                    Map.of("tj", new EmailProperties.BureauMailboxes(
                            Map.of("LEADER", List.of("leaders@tj.example.gov.cn"), "office",
                                    List.of("office@tj.example.gov.cn")),
                            Map.of("TJ0011", List.of("tj0011@tj.example.gov.cn", "leaders@tj.example.gov.cn"))))));

    @Test
    void mails_each_mailbox_of_the_roles_and_people_it_is_addressed_to_once_and_alone() {
        channel.send(notification("tj", List.of("TJ0011", "TJ0099"), List.of("LEADER", "OFFICE")));

        assertThat(mail.sent()).extracting(m -> List.of(m.getTo())).containsExactlyInAnyOrder(
                List.of("leaders@tj.example.gov.cn"), List.of("office@tj.example.gov.cn"),
                List.of("tj0011@tj.example.gov.cn"));
        SimpleMailMessage message = mail.sentTo("office@tj.example.gov.cn").getFirst();
        assertThat(message.getFrom()).isEqualTo("sangang@tj.example.gov.cn");
        assertThat(message.getSubject()).isEqualTo("【三岗】承诺公示截止临近");
        assertThat(message.getText()).contains("2026年度公开承诺须在5月31日前公示").contains("期限：2026年5月31日")
                .contains("办理：https://sangang.example.gov.cn/app/secretary/publication");
    }

    @Test
    void mails_nobody_where_no_mailbox_is_configured() {
        channel.send(notification("tj", List.of("TJ0099"), List.of("SECRETARY")));
        channel.send(notification("another-bureau", List.of("TJ0011"), List.of("LEADER")));

        assertThat(mail.sent()).isEmpty();
    }

    private static Notification notification(String bureau, List<String> people, List<String> roles) {
        return new Notification("0123456789abcdef01234567", bureau, ReminderKind.PLEDGE_PUBLICITY_DEADLINE, "承诺公示截止临近",
                "2026年度公开承诺须在5月31日前公示", "/app/secretary/publication", LocalDate.of(2026, 5, 31), people, roles,
                Instant.parse("2026-05-24T01:00:00Z"));
    }
}
