package cn.sangang.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.roster.MemberChanged;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestInfrastructure;
import cn.sangang.testkit.TestTokens;

@ServiceIntegrationTest
class PlatformIntegrationTest extends SampleServiceTest {

    @Autowired
    MongoOperations mongo;

    final EventCapture capture = EventCapture.of(Topics.ROSTER, Topics.deadLetter(Topics.ROSTER));

    @AfterEach
    void closeCapture() {
        capture.close();
    }

    @Test
    void a_change_publishes_its_event_and_leaves_its_audit_record() {
        var created = admin().post("/api/sample/gadgets", Map.of("name", "first"));

        assertThat(created.status()).isEqualTo(201);
        var event = capture.awaitEvents(bureau, "member-changed", 1).getFirst();
        assertThat(event.path("payload").path("personNo").asString()).isEqualTo("first");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(as("L1", "LEADER").get("/api/sample/audit").json().get(0).path("action").asString())
                        .isEqualTo("gadget.created"));
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingOutboxes() == 0);
    }

    @Test
    void events_written_while_the_broker_is_down_all_arrive_after_it_returns() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        infrastructure.stopKafka();
        try {
            for (int i = 0; i < 5; i++) {
                assertThat(admin().post("/api/sample/gadgets", Map.of("name", "outage-" + i)).status()).isEqualTo(201);
            }
            assertThat(pendingOutboxes()).isEqualTo(5);
        } finally {
            infrastructure.startKafka();
        }

        var events = capture.awaitEvents(bureau, "member-changed", 5, Duration.ofSeconds(60));

        assertThat(events).extracting(e -> e.path("payload").path("personNo").asString())
                .containsExactlyInAnyOrder("outage-0", "outage-1", "outage-2", "outage-3", "outage-4");
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingOutboxes() == 0);
    }

    @Test
    void the_same_event_delivered_twice_has_one_effect() {
        String json = new EventCodec().encode(EventEnvelope.of(EventTypes.MEMBER_CHANGED, bureau, Instant.now(),
                new MemberChanged("twice", "两次", "u", true, true, MemberChanged.Change.JOINED)));
        String marker = new EventCodec().encode(EventEnvelope.of(EventTypes.MEMBER_CHANGED, bureau, Instant.now(),
                new MemberChanged("after", "之后", "u", true, true, MemberChanged.Change.JOINED)));

        EventCapture.send(Topics.ROSTER, "k", json);
        EventCapture.send(Topics.ROSTER, "k", json);
        EventCapture.send(Topics.ROSTER, "k", marker);

        await().atMost(Duration.ofSeconds(30)).until(() -> tally("after") == 1);
        assertThat(tally("twice")).isEqualTo(1);
    }

    @Test
    void a_malformed_record_goes_to_the_dead_letter_topic_and_the_next_is_still_processed() {
        String garbage = "{not json " + UUID.randomUUID();
        String next = new EventCodec().encode(EventEnvelope.of(EventTypes.MEMBER_CHANGED, bureau, Instant.now(),
                new MemberChanged("next", "下一个", "u", true, true, MemberChanged.Change.JOINED)));

        EventCapture.send(Topics.ROSTER, "k", garbage);
        EventCapture.send(Topics.ROSTER, "k", next);

        var parked = capture
                .awaitRecord(r -> r.topic().equals(Topics.deadLetter(Topics.ROSTER)) && garbage.equals(r.value()));
        assertThat(parked.headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
        await().atMost(Duration.ofSeconds(30)).until(() -> tally("next") == 1);
    }

    @Test
    void bad_input_is_a_400_problem_and_writes_nothing() {
        var blank = admin().post("/api/sample/gadgets", Map.of("name", " "));
        var tooLong = admin().post("/api/sample/gadgets", Map.of("name", "x".repeat(21)));
        var unknownField = admin().post("/api/sample/gadgets", Map.of("name", "ok", "bureauId", "other"));
        var notJson = admin().post("/api/sample/gadgets", "{\"name\": ");

        for (var response : java.util.List.of(blank, tooLong, unknownField, notJson)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.isProblem()).as(response.toString()).isTrue();
        }
        assertThat(blank.json().path("code").asString()).isEqualTo("request.invalid");
        assertThat(blank.json().path("detail").asString()).isEqualTo("提交的内容有误：name：不能为空");
        assertThat(unknownField.json().path("code").asString()).isEqualTo("request.unknown-field");
        assertThat(unknownField.json().path("args").path("field").asString()).isEqualTo("bureauId");
        assertThat(mongo.count(Query.query(Criteria.where("bureauId").is(bureau)), "gadgets")).isZero();
    }

    @Test
    void a_request_without_a_valid_token_is_a_401_problem() {
        Api api = Api.at(port);
        Map<String, String> body = Map.of("name", "x");

        for (var caller : java.util.List.of(api.anonymous(), api.as("not-a-jwt"),
                api.as(TestTokens.expired(bureau, "A1", "ADMIN")), api.as(TestTokens.forged(bureau, "A1", "ADMIN")))) {
            var response = caller.post("/api/sample/gadgets", body);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(mongo.count(Query.query(Criteria.where("bureauId").is(bureau)), "gadgets")).isZero();
    }

    @Test
    void a_token_signed_by_the_trusted_key_but_of_another_issuer_or_for_another_audience_is_a_401_problem() {
        Api api = Api.at(port);
        Map<String, String> body = Map.of("name", "x");

        for (String token : java.util.List.of(TestTokens.issued("sangang", "another-system", bureau, "A1", "ADMIN"),
                TestTokens.issued("sangang", null, bureau, "A1", "ADMIN"),
                TestTokens.issued("another-issuer", "sangang-services", bureau, "A1", "ADMIN"))) {
            var response = api.as(token).post("/api/sample/gadgets", body);
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(mongo.count(Query.query(Criteria.where("bureauId").is(bureau)), "gadgets")).isZero();
    }

    @Test
    void a_caller_with_the_wrong_role_is_a_403_problem() {
        var response = as("M1", "MEMBER").post("/api/sample/gadgets", Map.of("name", "x"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("code").asString()).isEqualTo("caller.needs-role");
        assertThat(response.json().path("args").path("roles").get(0).asString()).isEqualTo("ADMIN");
        assertThat(response.json().path("detail").asString()).isEqualTo("此操作需要以下角色之一：系统管理员");
        assertThat(response.json().path("title").asString()).isEqualTo("无权操作");
    }

    @Test
    void a_caller_asking_for_english_reads_the_same_refusal_in_english() {
        var response = as("M1", "MEMBER").withHeader("Accept-Language", "en-GB,en;q=0.9").post("/api/sample/gadgets",
                Map.of("name", "x"));
        var invalid = admin().withHeader("Accept-Language", "en").post("/api/sample/gadgets", Map.of("name", " "));

        assertThat(response.json().path("code").asString()).isEqualTo("caller.needs-role");
        assertThat(response.json().path("detail").asString()).isEqualTo("this needs the role administrator");
        assertThat(invalid.json().path("detail").asString()).isEqualTo("Invalid request: name: must not be blank");
    }

    @Test
    void a_caller_naming_another_bureau_in_the_query_is_refused() {
        var response = as("L1", "LEADER").get("/api/sample/audit?bureauId=someone-else");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void the_audit_trail_is_read_by_leader_and_office_of_the_same_bureau_only() {
        admin().post("/api/sample/gadgets", Map.of("name", "audited"));
        Api api = Api.at(port);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> as("O1", "OFFICE").get("/api/sample/audit").json().size() == 1);

        assertThat(as("M1", "MEMBER").get("/api/sample/audit").status()).isEqualTo(403);
        assertThat(api.as(TestTokens.token(TestBureaus.fresh(), "L9", "LEADER")).get("/api/sample/audit").json())
                .isEmpty();
        assertThat(api.as(TestTokens.county()).get("/api/sample/audit").status()).isEqualTo(403);
    }

    private long pendingOutboxes() {
        return mongo.count(Query.query(Criteria.where("bureauId").is(bureau).and("outbox.pendingSince").exists(true)),
                "gadgets");
    }

    private int tally(String personNo) {
        Document tally = mongo.findById(bureau + ":" + personNo, Document.class, "tallies");
        return tally == null ? 0 : tally.getInteger("count");
    }
}
