package cn.sangang.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.EndpointFixture;
import cn.sangang.testkit.EndpointSweep;
import cn.sangang.testkit.TenancyContract;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/**
 * Every endpoint, called from another bureau with every role: nothing of this bureau is read or changed. The county
 * office is refused every endpoint but its own, which the catalogue grants COUNTY: the county feed.
 */
@EvaluationServiceTest
class TenancyTest extends TenancyContract {

    Endpoints endpoints;
    PostEvents post;
    String survey;
    String burstSource;
    String notification;

    TenancyTest() {
        super(EvaluationEndpoints.CATALOGUE);
    }

    @Override
    protected EndpointFixture bureauWithData() {
        endpoints = new Endpoints(port);
        post = endpoints.post;
        survey = endpoints.survey;
        notification = endpoints.notification;
        Api.at(port).as(TestTokens.token(post.bureau, "M1", "MEMBER")).post(
                "/api/evaluation/surveys/" + survey + "/answers", Map.of("rating", "DISSATISFIED", "opinion", "甲局的意见"));
        // Enough public answers from one network for the burst report to name it.
        Respondent stuffer = Respondent.at(port).from("198.51.100.77");
        for (int i = 0; i < 10; i++) {
            stuffer.answer(survey, stuffer.ticketOf(survey), "SATISFIED", null);
        }
        burstSource = office().get("/api/evaluation/surveys/" + survey + "/bursts").json().path(0).path("source")
                .asString();
        assertThat(burstSource).isNotBlank();
        return endpoints.fixture();
    }

    Api office() {
        return endpoints.office();
    }

    /**
     * Every bureau endpoint's call from the fixture, made of this bureau's ids — a member's answer too, to this
     * bureau's survey rather than the fixture's survey of a bureau of its own.
     */
    @Override
    protected Map<String, EndpointSweep.Call> calls() {
        Map<String, EndpointSweep.Call> calls = super.calls();
        calls.put("POST /api/evaluation/surveys/{code}/answers", new EndpointSweep.Call("POST",
                "/api/evaluation/surveys/" + survey + "/answers", Map.of("rating", "SATISFIED")));
        return calls;
    }

    @Override
    protected Api intruder() {
        return holdingEveryRole(TestBureaus.fresh(), "O1");
    }

    @Override
    protected Set<String> countyEndpoints() {
        return Set.of("GET /api/evaluation/county/feed", "GET /api/evaluation/county/feed.xlsx");
    }

    @Override
    protected List<String> secrets() {
        return List.of(post.postId, "linzheng", "甲局", "zone-secret-1\",", burstSource, "secret-1", notification);
    }

    @Override
    protected String snapshot() {
        return EndpointSweep.snapshot(office(),
                List.of("/api/evaluation/rewards", "/api/evaluation/reward-settings", "/api/evaluation/survey-settings",
                        "/api/evaluation/surveys", "/api/evaluation/rankings/2026",
                        "/api/evaluation/surveys/" + survey + "/results",
                        "/api/evaluation/surveys/" + survey + "/bursts", "/api/evaluation/audit?limit=1000",
                        "/api/evaluation/notifications", "/api/evaluation/notifications/unread-count"));
    }
}
