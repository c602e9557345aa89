package cn.sangang.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.Topics;
import cn.sangang.events.reminder.ReminderDue;
import cn.sangang.events.reminder.ReminderKind;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EndpointSweep;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/** Every endpoint, called from another bureau with every role: nothing of this bureau is read or changed. */
@EvaluationServiceTest
class TenancyTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    PostEvents post;
    String survey;
    String burstSource;
    String notification;

    @BeforeEach
    void bureauWithARewardAndASurvey() {
        post = new PostEvents(TestBureaus.fresh());
        post.deliver(post.assessed("2026-Q1", true), post.assessed("2026-Q2", true));
        await().atMost(Duration.ofSeconds(10)).until(() -> office().get("/api/evaluation/rewards").json().size() == 1);
        survey = office().post("/api/evaluation/surveys", Map.of("targetType", "ZONE", "targetId", "zone-secret-1",
            "title", "甲局责任区测评", "quarter", Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString()))
            .json().path("code").asString();
        Api.at(port).as(TestTokens.token(post.bureau, "M1", "MEMBER")).post("/api/evaluation/surveys/" + survey
            + "/answers", Map.of("rating", "DISSATISFIED", "opinion", "甲局的意见"));
        // Enough public answers from one network for the burst report to name it.
        Respondent stuffer = Respondent.at(port).from("198.51.100.77");
        for (int i = 0; i < 10; i++) {
            stuffer.answer(survey, stuffer.ticketOf(survey), "SATISFIED", null);
        }
        burstSource = office().get("/api/evaluation/surveys/" + survey + "/bursts").json().path(0).path("source")
            .asString();
        assertThat(burstSource).isNotBlank();
        EventCapture.send(Topics.PLEDGE, "reminders", new EventCodec().encode(EventEnvelope.of(
            EventTypes.PLEDGE_REMINDER_DUE, post.bureau, Instant.now(), new ReminderDue("pledge-review:secret-1",
                "waiting", ReminderKind.PLEDGE_REVIEW, "甲局承诺待审核", "甲局党员的承诺等待审核", "/app/leader/reviews",
                null, List.of("O1"), List.of("LEADER")))));
        await().atMost(Duration.ofSeconds(10)).until(() -> office().get("/api/evaluation/notifications").json().size() == 1);
        notification = office().get("/api/evaluation/notifications").json().path(0).path("id").asString();
    }

    Api office() {
        return Api.at(port).as(TestTokens.token(post.bureau, "O1", "OFFICE", "LEADER"));
    }

    Map<String, EndpointSweep.Call> calls() {
        Map<String, EndpointSweep.Call> calls = new LinkedHashMap<>();
        calls.put("GET /api/evaluation/audit", new EndpointSweep.Call("GET", "/api/evaluation/audit", null));
        calls.put("GET /api/evaluation/rewards", new EndpointSweep.Call("GET", "/api/evaluation/rewards", null));
        calls.put("GET /api/evaluation/rewards.xlsx", new EndpointSweep.Call("GET", "/api/evaluation/rewards.xlsx", null));
        calls.put("GET /api/evaluation/rewards/mine", new EndpointSweep.Call("GET", "/api/evaluation/rewards/mine", null));
        calls.put("POST /api/evaluation/rewards/{postId}/{firstQuarter}/paid", new EndpointSweep.Call("POST",
            "/api/evaluation/rewards/" + post.postId + "/2026-Q1/paid", null));
        calls.put("GET /api/evaluation/surveys", new EndpointSweep.Call("GET", "/api/evaluation/surveys", null));
        calls.put("GET /api/evaluation/surveys.xlsx", new EndpointSweep.Call("GET", "/api/evaluation/surveys.xlsx", null));
        calls.put("GET /api/evaluation/surveys/{code}/results.xlsx", new EndpointSweep.Call("GET",
            "/api/evaluation/surveys/" + survey + "/results.xlsx", null));
        calls.put("POST /api/evaluation/surveys", new EndpointSweep.Call("POST", "/api/evaluation/surveys",
            Map.of("targetType", "ZONE", "targetId", "zone-other-9", "title", "乙", "quarter",
                Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString())));
        calls.put("GET /api/evaluation/surveys/{code}/results", new EndpointSweep.Call("GET",
            "/api/evaluation/surveys/" + survey + "/results", null));
        calls.put("GET /api/evaluation/surveys/{code}/bursts", new EndpointSweep.Call("GET",
            "/api/evaluation/surveys/" + survey + "/bursts", null));
        calls.put("POST /api/evaluation/surveys/{code}/close", new EndpointSweep.Call("POST",
            "/api/evaluation/surveys/" + survey + "/close", null));
        calls.put("POST /api/evaluation/surveys/{code}/answers", new EndpointSweep.Call("POST",
            "/api/evaluation/surveys/" + survey + "/answers", Map.of("rating", "SATISFIED")));
        calls.put("GET /api/evaluation/rankings/{year}", new EndpointSweep.Call("GET", "/api/evaluation/rankings/2026", null));
        calls.put("GET /api/evaluation/rankings/{year}.xlsx", new EndpointSweep.Call("GET",
            "/api/evaluation/rankings/2026.xlsx", null));
        calls.put("GET /api/evaluation/county/feed", new EndpointSweep.Call("GET",
            "/api/evaluation/county/feed?quarter=" + Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)), null));
        calls.put("GET /api/evaluation/county/feed.xlsx", new EndpointSweep.Call("GET",
            "/api/evaluation/county/feed.xlsx?quarter=" + Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)), null));
        calls.put("GET /api/evaluation/reward-settings", new EndpointSweep.Call("GET", "/api/evaluation/reward-settings", null));
        calls.put("PUT /api/evaluation/reward-settings", new EndpointSweep.Call("PUT", "/api/evaluation/reward-settings",
            Map.of("amountYuan", 1)));
        calls.put("GET /api/evaluation/survey-settings", new EndpointSweep.Call("GET", "/api/evaluation/survey-settings", null));
        calls.put("PUT /api/evaluation/survey-settings", new EndpointSweep.Call("PUT", "/api/evaluation/survey-settings",
            Map.of("autoQuarterly", false)));
        calls.put("GET /api/evaluation/notifications", new EndpointSweep.Call("GET", "/api/evaluation/notifications", null));
        calls.put("GET /api/evaluation/notifications/unread-count", new EndpointSweep.Call("GET",
            "/api/evaluation/notifications/unread-count", null));
        calls.put("POST /api/evaluation/notifications/{id}/read", new EndpointSweep.Call("POST",
            "/api/evaluation/notifications/" + notification + "/read", null));
        calls.put("POST /api/evaluation/notifications/read-all", new EndpointSweep.Call("POST",
            "/api/evaluation/notifications/read-all", null));
        return calls;
    }

    @Test
    void the_sweep_covers_every_endpoint_the_service_exposes() {
        assertThat(new TreeSet<>(calls().keySet())).isEqualTo(EndpointSweep.endpoints(mappings));
    }

    @Test
    void a_caller_of_another_bureau_reads_nothing_and_changes_nothing_on_any_endpoint() {
        String before = snapshot();
        Api intruder = Api.at(port).as(TestTokens.token(TestBureaus.fresh(), "O1",
            "MEMBER", "UNIT_HEAD", "LEADER", "SECRETARY", "OFFICE", "ADMIN"));

        EndpointSweep.assertNothingLeaks(intruder, calls(), post.postId, "linzheng", "甲局", "zone-secret-1\",",
            burstSource, "secret-1", notification);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void the_county_office_is_refused_every_bureau_endpoint_it_reads_only_the_feed() {
        String before = snapshot();

        Map<String, EndpointSweep.Call> bureauEndpoints = calls();
        bureauEndpoints.remove("GET /api/evaluation/county/feed");
        bureauEndpoints.remove("GET /api/evaluation/county/feed.xlsx");
        EndpointSweep.assertAllRefused(Api.at(port).as(TestTokens.county()), bureauEndpoints, 403);

        assertThat(snapshot()).isEqualTo(before);
    }

    private String snapshot() {
        return EndpointSweep.snapshot(office(), List.of("/api/evaluation/rewards", "/api/evaluation/reward-settings",
            "/api/evaluation/survey-settings",
            "/api/evaluation/surveys", "/api/evaluation/rankings/2026", "/api/evaluation/surveys/" + survey + "/results",
            "/api/evaluation/surveys/" + survey + "/bursts", "/api/evaluation/audit?limit=1000",
            "/api/evaluation/notifications", "/api/evaluation/notifications/unread-count"));
    }
}
