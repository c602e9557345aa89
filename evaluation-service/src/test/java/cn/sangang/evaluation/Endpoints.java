package cn.sangang.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.Topics;
import cn.sangang.events.reminder.ReminderDue;
import cn.sangang.events.reminder.ReminderKind;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EndpointFixture;
import cn.sangang.testkit.EndpointFixture.Caller;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/**
 * A valid call of every endpoint in {@link EvaluationEndpoints#CATALOGUE}, made of a bureau's real ids: a reward of
 * a post that passed two quarters, an open survey, and a notification in the office's inbox. Answers go to a survey
 * of a bureau of its own, renewed after each accepted answer: an accepted answer moves its survey's satisfaction,
 * which a scheduled task publishes a few seconds later, writing to the survey, so the bureau swept must have none.
 * The tenancy, role and hostile-input sweeps all send these calls.
 */
final class Endpoints {

    static final Caller OFFICE = Caller.as("O1", "OFFICE", "LEADER");

    final int port;
    final String quarter = Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString();
    final PostEvents post;
    final String survey;
    final String notification;
    private final AtomicInteger serial = new AtomicInteger();
    private Survey answered;
    private Survey answeredByMembers;

    /**
     * An open survey of a bureau of its own, and a ticket of it, asked for before any request of a sweep: a ticket is
     * a write of its own (its challenge used, the network's quota counted), and refused answers leave the ticket
     * unused, so one serves every answer until one is accepted and the next survey takes over.
     */
    record Survey(String bureau, String code, String ticket) {
    }

    Endpoints(int port) {
        this.port = port;
        post = new PostEvents(TestBureaus.fresh());
        post.deliver(post.assessed("2026-Q1", true), post.assessed("2026-Q2", true));
        await().atMost(Duration.ofSeconds(10)).until(() -> office().get("/api/evaluation/rewards").json().size() == 1);
        survey = openSurvey(post.bureau, "甲局责任区测评", "zone-secret-1");
        EventCapture.send(Topics.PLEDGE, "reminders",
                new EventCodec().encode(EventEnvelope.of(EventTypes.PLEDGE_REMINDER_DUE, post.bureau, Instant.now(),
                        new ReminderDue("pledge-review:secret-1", "waiting", ReminderKind.PLEDGE_REVIEW, "甲局承诺待审核",
                                "甲局党员的承诺等待审核", "/app/leader/reviews", null, List.of("O1"), List.of("LEADER")))));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> office().get("/api/evaluation/notifications").json().size() == 1);
        notification = office().get("/api/evaluation/notifications").json().path(0).path("id").asString();
        answered = newBureauSurvey();
        answeredByMembers = newBureauSurvey();
    }

    String bureau() {
        return post.bureau;
    }

    Api office() {
        return Api.at(port).as(TestTokens.token(post.bureau, "O1", "OFFICE", "LEADER"));
    }

    EndpointFixture fixture() {
        return new EndpointFixture(post.bureau)
                // First, so a sweep reads the trail before its own writes add to it.
                .read("GET /api/evaluation/audit", OFFICE, "/api/evaluation/audit")
                .read("GET /api/evaluation/rewards", OFFICE, "/api/evaluation/rewards")
                .read("GET /api/evaluation/rewards.xlsx", OFFICE, "/api/evaluation/rewards.xlsx")
                .read("GET /api/evaluation/rewards/mine", Caller.as("M1", "MEMBER"), "/api/evaluation/rewards/mine")
                .call("POST /api/evaluation/rewards/{postId}/{firstQuarter}/paid", OFFICE,
                        "/api/evaluation/rewards/" + post.postId + "/2026-Q1/paid", null)
                .read("GET /api/evaluation/surveys", OFFICE, "/api/evaluation/surveys")
                .read("GET /api/evaluation/surveys.xlsx", OFFICE, "/api/evaluation/surveys.xlsx")
                .read("GET /api/evaluation/surveys/{code}/results.xlsx", OFFICE,
                        "/api/evaluation/surveys/" + survey + "/results.xlsx")
                .call("POST /api/evaluation/surveys", OFFICE, "/api/evaluation/surveys",
                        () -> Map.of("targetType", "ZONE", "targetId", "zone-" + serial.incrementAndGet(), "title",
                                "责任区测评", "quarter", quarter))
                .read("GET /api/evaluation/surveys/{code}/results", OFFICE,
                        "/api/evaluation/surveys/" + survey + "/results")
                .read("GET /api/evaluation/surveys/{code}/bursts", OFFICE,
                        "/api/evaluation/surveys/" + survey + "/bursts")
                .call("POST /api/evaluation/surveys/{code}/close", OFFICE,
                        "/api/evaluation/surveys/" + survey + "/close", null)
                // Each member answers once: a new member each time.
                .call("POST /api/evaluation/surveys/{code}/answers",
                        Caller.as(() -> "M" + serial.incrementAndGet(), "MEMBER").in(() -> answeredByMembers.bureau()),
                        () -> "/api/evaluation/surveys/" + answeredByMembers.code() + "/answers",
                        () -> Map.of("rating", "SATISFIED", "opinion", "服务热情"),
                        () -> answeredByMembers = newBureauSurvey())
                .read("GET /api/evaluation/rankings/{year}", OFFICE, "/api/evaluation/rankings/2026")
                .read("GET /api/evaluation/rankings/{year}.xlsx", OFFICE, "/api/evaluation/rankings/2026.xlsx")
                .read("GET /api/evaluation/county/feed", Caller.as("CTY", "COUNTY"),
                        "/api/evaluation/county/feed?quarter=" + quarter)
                .read("GET /api/evaluation/county/feed.xlsx", Caller.as("CTY", "COUNTY"),
                        "/api/evaluation/county/feed.xlsx?quarter=" + quarter)
                .read("GET /api/evaluation/reward-settings", OFFICE, "/api/evaluation/reward-settings")
                .call("PUT /api/evaluation/reward-settings", OFFICE, "/api/evaluation/reward-settings",
                        () -> Map.of("amountYuan", 1500))
                .read("GET /api/evaluation/survey-settings", OFFICE, "/api/evaluation/survey-settings")
                .call("PUT /api/evaluation/survey-settings", OFFICE, "/api/evaluation/survey-settings",
                        () -> Map.of("autoQuarterly", true))
                .read("GET /api/evaluation/notifications", OFFICE, "/api/evaluation/notifications")
                .read("GET /api/evaluation/notifications/unread-count", OFFICE,
                        "/api/evaluation/notifications/unread-count")
                .call("POST /api/evaluation/notifications/{id}/read", OFFICE,
                        "/api/evaluation/notifications/" + notification + "/read", null)
                .call("POST /api/evaluation/notifications/read-all", OFFICE, "/api/evaluation/notifications/read-all",
                        null)
                .call("POST /public/evaluation/surveys/{code}/tickets", Caller.PUBLIC,
                        "/public/evaluation/surveys/" + survey + "/tickets",
                        () -> Respondent.at(port).solvedRequest(survey))
                .call("POST /public/evaluation/surveys/{code}/answers", Caller.PUBLIC.in(() -> answered.bureau()),
                        () -> "/public/evaluation/surveys/" + answered.code() + "/answers",
                        () -> Map.of("ticket", answered.ticket(), "rating", "BASICALLY_SATISFIED", "opinion", "办事快"),
                        () -> answered = newBureauSurvey());
    }

    private Survey newBureauSurvey() {
        String fresh = TestBureaus.fresh();
        String code = openSurvey(fresh, "责任区测评", "zone-" + serial.incrementAndGet());
        return new Survey(fresh, code, Respondent.at(port).ticketOf(code));
    }

    private String openSurvey(String of, String title, String targetId) {
        var created = Api.at(port).as(TestTokens.token(of, "O1", "OFFICE", "LEADER")).post("/api/evaluation/surveys",
                Map.of("targetType", "ZONE", "targetId", targetId, "title", title, "quarter", quarter));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("code").asString();
    }
}
