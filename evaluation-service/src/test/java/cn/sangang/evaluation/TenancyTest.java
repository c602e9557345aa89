package cn.sangang.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.EndpointSweep;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/** Every endpoint, called from another bureau with every role: nothing of this bureau is read or changed. */
@EvaluationServiceTest
class TenancyTest {

    @LocalServerPort
    int port;

    Endpoints endpoints;
    PostEvents post;
    String survey;
    String burstSource;
    String notification;

    @BeforeEach
    void bureauWithARewardAndASurvey() {
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
    }

    Api office() {
        return endpoints.office();
    }

    /**
     * Every bureau endpoint's call from the fixture, made of this bureau's ids — a member's answer too, to this
     * bureau's survey rather than the fixture's survey of a bureau of its own.
     */
    Map<String, EndpointSweep.Call> calls() {
        Map<String, EndpointSweep.Call> calls = endpoints.fixture().bureauCalls(EvaluationEndpoints.CATALOGUE);
        calls.put("POST /api/evaluation/surveys/{code}/answers", new EndpointSweep.Call("POST",
                "/api/evaluation/surveys/" + survey + "/answers", Map.of("rating", "SATISFIED")));
        return calls;
    }

    @Test
    void a_caller_of_another_bureau_reads_nothing_and_changes_nothing_on_any_endpoint() {
        String before = snapshot();
        Api intruder = Api.at(port).as(TestTokens.token(TestBureaus.fresh(), "O1", "MEMBER", "UNIT_HEAD", "LEADER",
                "SECRETARY", "OFFICE", "ADMIN"));

        EndpointSweep.assertNothingLeaks(intruder, calls(), post.postId, "linzheng", "甲局", "zone-secret-1\",",
                burstSource, "secret-1", notification);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void the_county_office_is_refused_every_bureau_endpoint_it_reads_only_the_feed() {
        String before = snapshot();

        // Less its own, which the catalogue grants COUNTY: the county feed.
        Map<String, EndpointSweep.Call> bureauEndpoints = calls();
        bureauEndpoints.keySet().removeIf(
                endpoint -> EvaluationEndpoints.CATALOGUE.find(endpoint).orElseThrow().roles().contains("COUNTY"));
        EndpointSweep.assertAllRefused(Api.at(port).as(TestTokens.county()), bureauEndpoints, 403);

        assertThat(snapshot()).isEqualTo(before);
    }

    private String snapshot() {
        return EndpointSweep.snapshot(office(),
                List.of("/api/evaluation/rewards", "/api/evaluation/reward-settings", "/api/evaluation/survey-settings",
                        "/api/evaluation/surveys", "/api/evaluation/rankings/2026",
                        "/api/evaluation/surveys/" + survey + "/results",
                        "/api/evaluation/surveys/" + survey + "/bursts", "/api/evaluation/audit?limit=1000",
                        "/api/evaluation/notifications", "/api/evaluation/notifications/unread-count"));
    }
}
