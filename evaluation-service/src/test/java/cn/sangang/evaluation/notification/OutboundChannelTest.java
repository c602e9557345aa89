package cn.sangang.evaluation.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.sangang.evaluation.EvaluationServiceTest;
import cn.sangang.evaluation.notification.email.RecordingMailSender;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/** The email channel switched on, with a mail sender that records instead of sending, and a channel that fails. */
@EvaluationServiceTest
class OutboundChannelTest {

    static final String BUREAU = TestBureaus.fresh();

    @DynamicPropertySource
    static void mailboxes(DynamicPropertyRegistry properties) {
        properties.add("sangang.notifications.email.enabled", () -> "true");
        properties.add("sangang.notifications.email.bureaus." + BUREAU + ".roles.LEADER",
                () -> "leaders@tj.example.gov.cn");
        properties.add("sangang.notifications.email.bureaus." + BUREAU + ".people.M1", () -> "m1@tj.example.gov.cn");
        properties.add("sangang.notifications.email.bureaus." + BUREAU + ".people.M3", () -> "m3@tj.example.gov.cn");
    }

    @TestConfiguration
    static class Channels {

        @Bean
        RecordingMailSender mailSender() {
            return new RecordingMailSender();
        }

        @Bean
        Unreachable unreachable() {
            return new Unreachable();
        }
    }

    /** A channel whose server never answers: it notes what it was given and fails. */
    static class Unreachable implements OutboundChannel {

        final List<String> tried = new CopyOnWriteArrayList<>();

        @Override
        public String name() {
            return "unreachable";
        }

        @Override
        public void send(Notification notification) {
            tried.add(notification.id());
            throw new IllegalStateException("connection refused");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    RecordingMailSender mail;

    @Autowired
    Unreachable unreachable;

    @Autowired
    MeterRegistry meters;

    @Test
    void a_new_notification_is_mailed_once_however_often_its_reminder_arrives() {
        String event = Reminders.event(BUREAU, Reminders.toRoles("pledge-review:p1", "LEADER"));
        Reminders.deliver(event, event, Reminders.event(BUREAU, Reminders.toRoles("pledge-review:p1", "LEADER")));
        // Delivered after them on the same partition: once it is mailed, the three before it have been handled.
        Reminders.deliver(Reminders.event(BUREAU, Reminders.toPeople("pledge-item:p2:1", "M1")));

        await().atMost(Duration.ofSeconds(15)).until(() -> mail.sentTo("m1@tj.example.gov.cn").size() == 1);
        assertThat(mail.sentTo("leaders@tj.example.gov.cn")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("【三岗】承诺待审核"));
    }

    @Test
    void a_failing_channel_loses_no_notification_and_holds_up_no_other_channel() {
        Reminders.deliver(Reminders.event(BUREAU, Reminders.toPeople("pledge-item:p3:1", "M3")));

        await().atMost(Duration.ofSeconds(15)).until(() -> mail.sentTo("m3@tj.example.gov.cn").size() == 1);
        Api member = Api.at(port).as(TestTokens.token(BUREAU, "M3", "MEMBER"));
        var inbox = member.get("/api/evaluation/notifications").json();
        assertThat(inbox.valueStream().map(n -> n.path("title").asString())).containsExactly("承诺事项完成时限临近");
        String id = inbox.get(0).path("id").asString();
        await().atMost(Duration.ofSeconds(5)).until(() -> unreachable.tried.contains(id));
        assertThat(meters.find("sangang.notifications.outbound").tag("channel", "unreachable").tag("outcome", "failed")
                .counter().count()).isPositive();
        assertThat(meters.find("sangang.notifications.outbound").tag("channel", "email").tag("outcome", "sent")
                .counter().count()).isPositive();
    }
}
