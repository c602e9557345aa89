package cn.sangang.evaluation.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.sangang.evaluation.EvaluationServiceTest;
import cn.sangang.events.ContractExamples;
import cn.sangang.events.EventType;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.reminder.ReminderDue;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

@EvaluationServiceTest
class InboxTest {

    private static final String INBOX = "/api/evaluation/notifications";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    final String bureau = TestBureaus.fresh();

    @Test
    void a_reminder_reaches_the_person_it_names_and_every_holder_of_its_roles() {
        Reminders.deliver(Reminders.event(bureau, Reminders.toPeople("pledge-item:p1:1", "M1")),
                Reminders.event(bureau, Reminders.toRoles("pledge-review:p2", "LEADER")));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(titlesOf(as("M1", "MEMBER"))).containsExactly("承诺事项完成时限临近");
            assertThat(titlesOf(as("L1", "LEADER"))).containsExactly("承诺待审核");
            assertThat(titlesOf(as("L2", "LEADER", "MEMBER"))).containsExactly("承诺待审核");
        });
        JsonNode personal = as("M1", "MEMBER").get(INBOX).json().get(0);
        assertThat(personal.path("kind").asString()).isEqualTo("PLEDGE_ITEM_DEADLINE");
        assertThat(personal.path("detail").asString()).isEqualTo("「每月走访林农」须在2026年6月30日前完成");
        assertThat(personal.path("link").asString()).isEqualTo("/app/home");
        assertThat(personal.path("dueOn").asString()).isEqualTo("2026-06-30");
        assertThat(personal.path("read").asBoolean()).isFalse();
        assertThat(personal.has("personNos")).as("the view names no other recipients").isFalse();
    }

    @Test
    void another_person_of_the_bureau_does_not_see_a_personal_notification() {
        Reminders.deliver(Reminders.event(bureau, Reminders.toPeople("pledge-item:p1:1", "M1")));
        await().atMost(Duration.ofSeconds(15)).until(() -> unread(as("M1", "MEMBER")) == 1);

        Api colleague = as("M2", "MEMBER", "LEADER", "SECRETARY", "OFFICE", "ADMIN", "UNIT_HEAD");
        assertThat(colleague.get(INBOX).json()).isEmpty();
        assertThat(unread(colleague)).isZero();
        String id = as("M1", "MEMBER").get(INBOX).json().get(0).path("id").asString();
        var refused = colleague.post(INBOX + "/" + id + "/read", null);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().path("code").asString()).isEqualTo("notification.not-found");
        assertThat(refused.json().path("detail").asString()).contains("未找到这条通知");
        assertThat(unread(as("M1", "MEMBER"))).isEqualTo(1);
    }

    @Test
    void a_caller_of_another_bureau_sees_nothing_and_cannot_mark_a_notification_of_this_bureau_read() {
        Reminders.deliver(Reminders.event(bureau, Reminders.toPeople("pledge-item:p1:1", "M1")),
                Reminders.event(bureau, Reminders.toRoles("pledge-review:p2", "LEADER")));
        await().atMost(Duration.ofSeconds(15)).until(() -> unread(as("M1", "MEMBER", "LEADER")) == 2);
        List<String> ids = as("M1", "MEMBER", "LEADER").get(INBOX).json().valueStream()
                .map(n -> n.path("id").asString()).toList();

        // The same person number and every role, in another bureau.
        Api intruder = Api.at(port).as(TestTokens.token(TestBureaus.fresh(), "M1", "MEMBER", "UNIT_HEAD", "LEADER",
                "SECRETARY", "OFFICE", "ADMIN"));
        assertThat(intruder.get(INBOX).json()).isEmpty();
        assertThat(unread(intruder)).isZero();
        for (String id : ids) {
            assertThat(intruder.post(INBOX + "/" + id + "/read", null).status()).isEqualTo(404);
        }
        assertThat(intruder.post(INBOX + "/read-all", null).json().path("unread").asLong()).isZero();

        assertThat(unread(as("M1", "MEMBER", "LEADER"))).isEqualTo(2);
        assertThat(Api.at(port).as(TestTokens.county()).get(INBOX).status()).isEqualTo(403);
    }

    @Test
    void a_reminder_delivered_twice_or_sent_again_is_one_notification() {
        String event = Reminders.event(bureau, Reminders.toRoles("pledge-review:p2", "LEADER"));
        Reminders.deliver(event, event, Reminders.event(bureau, Reminders.toRoles("pledge-review:p2", "LEADER")));
        // A later reminder of the same subject, at another threshold, is a notification of its own; it also shows
        // that the three before it have been consumed.
        var overdue = Reminders.toRoles("pledge-review:p2", "LEADER");
        Reminders.deliver(Reminders.event(bureau, new ReminderDue(overdue.subject(), "waiting-7-days", overdue.kind(),
                "承诺审核已逾期", overdue.detail(), overdue.link(), null, List.of(), overdue.roles())));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(
                () -> assertThat(titlesOf(as("L1", "LEADER"))).containsExactlyInAnyOrder("承诺待审核", "承诺审核已逾期"));
        assertThat(unread(as("L1", "LEADER"))).isEqualTo(2);
    }

    @Test
    void read_state_is_each_persons_own_and_read_all_clears_the_count() {
        Reminders.deliver(Reminders.event(bureau, Reminders.toRoles("pledge-review:p1", "LEADER")),
                Reminders.event(bureau, Reminders.toRoles("pledge-review:p2", "LEADER")),
                Reminders.event(bureau, Reminders.toPeople("pledge-item:p3:1", "L1")));
        Api first = as("L1", "LEADER");
        Api second = as("L2", "LEADER");
        await().atMost(Duration.ofSeconds(15)).until(() -> unread(first) == 3 && unread(second) == 2);
        String roleAddressed = first.get(INBOX).json().valueStream()
                .filter(n -> n.path("title").asString().equals("承诺待审核")).findFirst().orElseThrow().path("id")
                .asString();

        var marked = first.post(INBOX + "/" + roleAddressed + "/read", null);
        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.json().path("read").asBoolean()).isTrue();
        assertThat(first.post(INBOX + "/" + roleAddressed + "/read", null).status()).as("marking again").isEqualTo(200);

        assertThat(unread(first)).isEqualTo(2);
        assertThat(unread(second)).as("a role's notification read by one holder is unread for the other").isEqualTo(2);
        assertThat(first.get(INBOX + "?unreadOnly=true").json().valueStream().map(n -> n.path("id").asString()))
                .hasSize(2).doesNotContain(roleAddressed);
        assertThat(first.get(INBOX).json().valueStream().filter(n -> n.path("read").asBoolean())
                .map(n -> n.path("id").asString())).containsExactly(roleAddressed);

        assertThat(first.post(INBOX + "/read-all", null).json().path("unread").asLong()).isZero();
        assertThat(unread(first)).isZero();
        assertThat(first.get(INBOX + "?unreadOnly=true").json()).isEmpty();
        assertThat(first.get(INBOX).json()).hasSize(3).allSatisfy(n -> assertThat(n.path("read").asBoolean()).isTrue());
        assertThat(unread(second)).isEqualTo(2);

        Reminders.deliver(Reminders.event(bureau, Reminders.toRoles("pledge-review:p4", "LEADER")));
        await().atMost(Duration.ofSeconds(15)).until(() -> unread(first) == 1);
        assertThat(first.get(INBOX).json().get(0).path("read").asBoolean()).as("newest first, and unread").isFalse();
    }

    @Test
    void refuses_an_id_that_is_not_one_and_an_account_that_is_no_person() {
        assertThat(as("M1", "MEMBER").post(INBOX + "/not-an-id/read", null).status()).isEqualTo(400);
        var unknown = as("M1", "MEMBER").post(INBOX + "/0123456789abcdef01234567/read", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        var nobody = Api.at(port).as(TestTokens.token(bureau, null, "ADMIN")).get(INBOX + "/unread-count");
        assertThat(nobody.status()).isEqualTo(403);
        assertThat(nobody.json().path("code").asString()).isEqualTo("notification.no-person");
        assertThat(nobody.json().path("detail").asString()).contains("未关联");
    }

    @Test
    void takes_the_example_reminder_of_each_contract_into_its_bureaus_inbox() {
        String zone = example(EventTypes.ZONE_REMINDER_DUE);
        String post = example(EventTypes.POST_REMINDER_DUE);
        String pledge = example(EventTypes.PLEDGE_REMINDER_DUE);
        EventCapture.send(Topics.ZONE, "z", zone);
        EventCapture.send(Topics.POST, "p", post);
        EventCapture.send(Topics.PLEDGE, "l", pledge);

        // Each example names its own audience: a person of the pledge example, and one role of each.
        JsonNode pledgePayload = JSON.readTree(pledge).path("payload");
        Map<Api, String> readers = Map.of(
                as("O1", JSON.readTree(zone).path("payload").path("roles").path(0).asString()), zone,
                as("L1", JSON.readTree(post).path("payload").path("roles").path(0).asString()), post,
                as(pledgePayload.path("personNos").path(0).asString(), "MEMBER"), pledge,
                as("S1", pledgePayload.path("roles").path(0).asString()), pledge);
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> readers.forEach((reader, example) -> assertThat(titlesOf(reader))
                        .containsExactly(JSON.readTree(example).path("payload").path("title").asString())));
        readers.forEach((reader, example) -> {
            JsonNode sent = JSON.readTree(example).path("payload");
            JsonNode shown = reader.get(INBOX).json().get(0);
            for (String field : List.of("kind", "title", "detail", "link", "dueOn")) {
                assertThat(shown.path(field)).as(field).isEqualTo(sent.path(field));
            }
        });
    }

    /** The contract's example, in this test's bureau and with an event id of its own, as a new event would be. */
    private String example(EventType<?> type) {
        return ContractExamples.json(type).replace("taojiang-fp", bureau).replaceFirst("\"eventId\": \"[^\"]+\"",
                "\"eventId\": \"" + UUID.randomUUID() + "\"");
    }

    private Api as(String member, String... roles) {
        return Api.at(port).as(TestTokens.token(bureau, member, roles));
    }

    private static List<String> titlesOf(Api reader) {
        return reader.get(INBOX).json().valueStream().map(n -> n.path("title").asString()).toList();
    }

    private static long unread(Api reader) {
        var count = reader.get(INBOX + "/unread-count");
        assertThat(count.status()).as(count.toString()).isEqualTo(200);
        return count.json().path("unread").asLong();
    }
}
