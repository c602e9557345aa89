package cn.sangang.evaluation;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import cn.sangang.events.Quarter;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.AuditSweep;
import cn.sangang.testkit.AuditTrailContract;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/**
 * Every state-changing endpoint, called once with success in the order a bureau would, leaves its audit record
 * naming who did what to which aggregate — the action {@link EvaluationEndpoints} names for it; an endpoint
 * without one (the answers and tickets of the public and members, each person's own inbox) is listed there with the
 * reason.
 */
@EvaluationServiceTest
class AuditTrailTest extends AuditTrailContract {

    PostEvents post;
    Api officeApi;

    AuditTrailTest() {
        super(EvaluationEndpoints.CATALOGUE, "/api/evaluation/audit");
    }

    @Override
    protected Api bureauAndItsTrailReader() {
        post = new PostEvents(TestBureaus.fresh());
        officeApi = Api.at(port).as(TestTokens.token(post.bureau, "O1", "OFFICE"));
        return officeApi;
    }

    @Override
    protected void walk(AuditSweep sweep) {
        AuditSweep.Caller office = sweep.by(officeApi, "O1");

        office.put("/api/evaluation/reward-settings", Map.of("amountYuan", 1500)).leaves("reward.amount-set",
                "RewardSettings");
        office.put("/api/evaluation/survey-settings", Map.of("autoQuarterly", false)).leaves("survey.settings-set",
                "SurveySettings");
        post.deliver(post.assessed("2026-Q1", true), post.assessed("2026-Q2", true));
        await().atMost(Duration.ofSeconds(10)).until(() -> officeApi.get("/api/evaluation/rewards").json().size() == 1);
        office.post("/api/evaluation/rewards/" + post.postId + "/2026-Q1/paid", null).leaves("reward.paid",
                "PostRecord");

        String survey = office
                .post("/api/evaluation/surveys",
                        Map.of("targetType", "LEADERSHIP", "title", "领导班子测评", "quarter",
                                Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString()))
                .leaves("survey.created", "Survey").response().json().path("code").asString();
        office.post("/api/evaluation/surveys/" + survey + "/close", null).leaves("survey.closed", "Survey");
    }
}
