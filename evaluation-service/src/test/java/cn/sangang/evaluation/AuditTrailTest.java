package cn.sangang.evaluation;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.sangang.events.Quarter;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.AuditSweep;
import cn.sangang.testkit.StateChangingEndpoints;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/**
 * Every state-changing endpoint, called once with success in the order a bureau would, leaves its audit record
 * naming who did what to which aggregate; an endpoint without one is exempted below with the reason.
 */
@EvaluationServiceTest
class AuditTrailTest {

    static final Map<String, String> EXEMPTIONS = Map.of(
        "POST /public/evaluation/surveys/{code}/tickets", "a member of the public asks for a one-time ticket without"
            + " an account: there is no actor to name, and a record of who asked when would undo the anonymity the"
            + " ticket exists for",
        "POST /public/evaluation/surveys/{code}/answers", "an anonymous respondent's answer: there is no actor to name,"
            + " and a record with its time could be matched to the stored answer; answers are inputs, not staff actions",
        "POST /api/evaluation/surveys/{code}/answers", "a member's answer is stored under a keyed hash so that no one"
            + " can link an opinion to its author; a record naming the member at the answer's time would link them",
        "POST /api/evaluation/notifications/{id}/read", "a person marks a notification in their own inbox read: it"
            + " changes nothing of the bureau's work, and a record of when each person read what would watch people,"
            + " not account for decisions",
        "POST /api/evaluation/notifications/read-all", "as marking one read: the reader's own inbox, nobody else's",
        "* /error", "Spring's error page: it renders the failure of another request and changes nothing");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_state_changing_endpoint_leaves_its_audit_record() {
        PostEvents post = new PostEvents(TestBureaus.fresh());
        Api officeApi = Api.at(port).as(TestTokens.token(post.bureau, "O1", "OFFICE"));
        AuditSweep sweep = new AuditSweep(StateChangingEndpoints.of(mappings), EXEMPTIONS,
            AuditSweep.auditEndpoint(officeApi, "/api/evaluation/audit"));
        AuditSweep.Caller office = sweep.by(officeApi, "O1");

        office.put("/api/evaluation/reward-settings", Map.of("amountYuan", 1500))
            .leaves("reward.amount-set", "RewardSettings");
        office.put("/api/evaluation/survey-settings", Map.of("autoQuarterly", false))
            .leaves("survey.settings-set", "SurveySettings");
        post.deliver(post.assessed("2026-Q1", true), post.assessed("2026-Q2", true));
        await().atMost(Duration.ofSeconds(10)).until(() -> officeApi.get("/api/evaluation/rewards").json().size() == 1);
        office.post("/api/evaluation/rewards/" + post.postId + "/2026-Q1/paid", null)
            .leaves("reward.paid", "PostRecord");

        String survey = office.post("/api/evaluation/surveys", Map.of("targetType", "LEADERSHIP", "title", "领导班子测评",
                "quarter", Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString()))
            .leaves("survey.created", "Survey").response().json().path("code").asString();
        office.post("/api/evaluation/surveys/" + survey + "/close", null).leaves("survey.closed", "Survey");

        sweep.assertEveryEndpointAccountedFor();
    }
}
