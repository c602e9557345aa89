package cn.sangang.post.post;

import static cn.sangang.post.PostFixture.expect;
import static cn.sangang.post.PostFixture.passed;
import static cn.sangang.post.post.SatisfactionListenerTest.rated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.events.Quarter;
import cn.sangang.events.Topics;
import cn.sangang.post.PostFixture;
import cn.sangang.post.PostServiceTest;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/** The calendar of the quarterly assessment and the satisfaction it stands on, by the bureau's own rules. */
@PostServiceTest
class AssessmentRulesTest {

    @LocalServerPort
    int port;

    final LocalDate today = LocalDate.now(Quarter.BUREAU_TIME);
    final String thisQuarter = Quarter.of(today).toString();

    @Test
    void refuses_assessing_a_quarter_before_it_has_ended_naming_the_rule() {
        PostFixture f = new PostFixture(port);
        String post = f.awardedCollective("linzheng", "CAL-001");

        Api.Response refused = f.assess(post, passed(thisQuarter));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("detail").asString()).contains("尚未结束", "季度评定须在季度结束后进行");
        assertThat(f.leader().get("/api/post/posts/" + post).json().path("assessments")).isEmpty();
    }

    @Test
    void refuses_a_quarter_far_ahead_or_not_written_as_a_quarter_in_chinese_and_records_nothing() {
        PostFixture f = new PostFixture(port).assessingThisQuarter();
        String post = f.awardedCollective("linzheng", "CAL-005");

        for (String quarter : java.util.List.of("2999-Q4", "2026-Q5", "2026Q1", "1999-Q4", "9999-Q1", "", "２０２６-Q1")) {
            Api.Response refused = f.assess(post, passed(quarter));

            assertThat(refused.status()).as(quarter).isBetween(400, 499);
            assertThat(refused.json().path("detail").asString()).as(quarter).containsPattern("\\p{IsHan}");
        }
        assertThat(f.leader().get("/api/post/posts/" + post).json().path("assessments")).isEmpty();
    }

    /**
     * Rewards count quarters from the award on (evaluation's RewardRule pairs whatever quarters it is told of): no
     * assessment event is ever published for a quarter before the award's, so none can count toward a reward.
     */
    @Test
    void assesses_an_ended_quarter_from_the_award_on_and_announces_nothing_for_a_quarter_before_it() {
        PostFixture f = new PostFixture(port);
        Quarter lastQuarter = Quarter.of(today).previous();
        String post = f.nominateCollective("linzheng");
        expect(200, f.leader().post("/api/post/posts/" + post + "/resolution",
                Map.of("resolutionNo", "局务会〔2026〕1号", "meetingDate", lastQuarter.previous().firstDay().toString())));
        expect(200, f.leader().post("/api/post/posts/" + post + "/plaque",
                Map.of("plaqueNo", "CAL-002", "awardedOn", lastQuarter.firstDay().toString())));
        try (EventCapture capture = EventCapture.of(Topics.POST)) {
            Api.Response beforeTheAward = f.assess(post, passed(lastQuarter.previous().toString()));
            assertThat(beforeTheAward.status()).isEqualTo(422);
            assertThat(beforeTheAward.json().path("detail").asString()).contains("季度评定从授牌季度起");

            expect(200, f.assess(post, passed(lastQuarter.toString())));

            assertThat(capture.awaitEvents(f.bureau, "post-assessed", 1)).singleElement().satisfies(
                    e -> assertThat(e.path("payload").path("quarter").asString()).isEqualTo(lastQuarter.toString()));
        }
    }

    @Test
    void refuses_a_plaque_dated_before_the_post_was_established() {
        PostFixture f = new PostFixture(port);
        String post = f.nominateCollective("linzheng");
        LocalDate met = today.minusDays(3);
        expect(200, f.leader().post("/api/post/posts/" + post + "/resolution",
                Map.of("resolutionNo", "局务会〔2026〕3号", "meetingDate", met.toString())));

        Api.Response refused = f.leader().post("/api/post/posts/" + post + "/plaque",
                Map.of("plaqueNo", "CAL-003", "awardedOn", met.minusDays(1).toString()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("detail").asString()).isEqualTo("授牌日期不能早于示范岗确立日期（" + met + "）");
        assertThat(f.leader().get("/api/post/posts/" + post).json().path("status").asString()).isEqualTo("ESTABLISHED");
    }

    @Test
    void refuses_an_elected_posts_plaque_dated_before_the_election_closed() {
        PostFixture f = new PostFixture(port);
        String post = f.nominateIndividual("M1");
        String election = f.openElection("推选", post);
        expect(204, f.vote("M2", election, post));
        expect(200, f.secretary().post("/api/post/elections/" + election + "/close", null));

        Api.Response refused = f.leader().post("/api/post/posts/" + post + "/plaque",
                Map.of("plaqueNo", "CAL-004", "awardedOn", today.minusMonths(6).toString()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("detail").asString()).isEqualTo("授牌日期不能早于示范岗确立日期（" + today + "）");
    }

    @Test
    void an_assessment_keeps_the_satisfaction_it_was_decided_on_when_later_answers_come_in() {
        PostFixture f = new PostFixture(port).assessingThisQuarter();
        String post = f.awardedCollective("linzheng", "SAT-010");
        reported(f, post, 40, 38);

        var decided = expect(200, f.assess(post, passed(thisQuarter))).json().path("assessments").get(0).path("basis");
        assertThat(decided.path("answers").asLong()).isEqualTo(40);
        assertThat(decided.path("rate").asDouble()).isEqualTo(95.0);
        assertThat(decided.path("asOf").isNull()).isFalse();

        reported(f, post, 60, 30);
        var assessment = f.leader().get("/api/post/posts/" + post).json().path("assessments").get(0);
        assertThat(assessment.path("basis")).isEqualTo(decided);
        assertThat(assessment.path("satisfaction").path("answers").asLong()).isEqualTo(60);
    }

    @Test
    void an_assessment_without_answers_has_no_basis() {
        PostFixture f = new PostFixture(port).assessingThisQuarter();
        String post = f.awardedCollective("linzheng", "SAT-011");

        var assessment = expect(200, f.assess(post, passed(thisQuarter))).json().path("assessments").get(0);

        assertThat(assessment.path("basis").isNull()).isTrue();
    }

    @Test
    void refuses_a_pass_below_the_bureaus_minimum_answers_or_rate_naming_the_figures() {
        PostFixture f = new PostFixture(port);
        expect(200, f.leader().put("/api/post/assessment-settings",
                Map.of("minAnswers", 10, "minRate", 80, "assessWithinLastDays", 92)));
        String post = f.awardedCollective("linzheng", "SAT-012");
        reported(f, post, 3, 3);

        Api.Response tooFew = f.assess(post, passed(thisQuarter));
        assertThat(tooFew.status()).isEqualTo(422);
        assertThat(tooFew.json().path("detail").asString()).isEqualTo("本季度群众满意度测评仅 3 份答卷，低于本局规定的 10 份，不能评为合格");

        reported(f, post, 50, 36);
        Api.Response tooLow = f.assess(post, passed(thisQuarter));
        assertThat(tooLow.status()).isEqualTo(422);
        assertThat(tooLow.json().path("detail").asString()).isEqualTo("满意率 72.0%，低于本局规定的 80%，不能评为合格");
        assertThat(f.leader().get("/api/post/posts/" + post).json().path("assessments")).isEmpty();

        reported(f, post, 51, 46);
        expect(200, f.assess(post, passed(thisQuarter)));
    }

    @Test
    void the_assessment_settings_are_the_bureaus_own_and_set_by_a_leader() {
        PostFixture f = new PostFixture(port);
        assertThat(f.leader().get("/api/post/assessment-settings").json().toString())
                .isEqualTo("{\"minAnswers\":0,\"minRate\":null,\"assessWithinLastDays\":0}");
        assertThat(f.secretary()
                .put("/api/post/assessment-settings", Map.of("minAnswers", 10, "assessWithinLastDays", 0)).status())
                .isEqualTo(403);
        expect(200, f.leader().put("/api/post/assessment-settings",
                Map.of("minAnswers", 10, "minRate", 80, "assessWithinLastDays", 5)));

        Api other = Api.at(port).as(TestTokens.token(TestBureaus.fresh(), "L9", "LEADER", "MEMBER"));
        assertThat(other.get("/api/post/assessment-settings").json().path("minAnswers").asInt()).isZero();
        assertThat(f.secretary().get("/api/post/assessment-settings").json().path("minRate").asDouble())
                .isEqualTo(80.0);
        assertThat(f.leader().put("/api/post/assessment-settings", Map.of("minAnswers", 0, "assessWithinLastDays", 93))
                .status()).isEqualTo(400);
    }

    /** evaluation-service reports the quarter's satisfaction; waits until the post shows it. */
    private void reported(PostFixture f, String post, long answers, long positive) {
        EventCapture.send(Topics.EVALUATION, post, rated(f.bureau, post, thisQuarter, answers, positive));
        await().atMost(Duration.ofSeconds(10)).until(() -> f.leader().get("/api/post/posts/" + post).json()
                .path("satisfaction").path(thisQuarter).path("answers").asLong() == answers);
    }
}
