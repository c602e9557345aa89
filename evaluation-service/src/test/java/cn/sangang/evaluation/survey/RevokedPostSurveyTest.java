package cn.sangang.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import cn.sangang.evaluation.EvaluationServiceTest;
import cn.sangang.evaluation.PostEvents;
import cn.sangang.evaluation.Respondent;
import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.post.PostAwarded;
import cn.sangang.events.post.PostKind;
import cn.sangang.platform.code.PublicCodes;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/** A revoked post is no longer a model post the public rates: its surveys close and no new one opens. */
@EvaluationServiceTest
class RevokedPostSurveyTest {

    @LocalServerPort
    int port;

    String bureau;
    PostEvents post;
    String plaque;
    final String thisQuarter = SurveyTest.thisQuarter();

    @BeforeEach
    void awardedPost() {
        bureau = TestBureaus.fresh();
        post = new PostEvents(bureau);
        plaque = PublicCodes.next("PQ", code -> false);
        post.deliver(new EventCodec()
                .encode(EventEnvelope.of(EventTypes.POST_AWARDED, bureau, Instant.now(), new PostAwarded(post.postId,
                        PostKind.INDIVIDUAL, "林政岗", "M1", "linzheng", "P-1", plaque, LocalDate.now()))));
    }

    Api office(String of) {
        return Api.at(port).as(TestTokens.token(of, "O1", "OFFICE"));
    }

    Api.Response create(String of, String quarter) {
        return office(of).post("/api/evaluation/surveys",
                Map.of("targetType", "POST", "targetId", post.postId, "title", "林政岗测评 " + quarter, "quarter", quarter));
    }

    String created(String of, String quarter) {
        var response = create(of, quarter);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("code").asString();
    }

    JsonNode survey(String of, String code) {
        for (JsonNode survey : office(of).get("/api/evaluation/surveys").json()) {
            if (survey.path("code").asString().equals(code)) {
                return survey;
            }
        }
        throw new AssertionError("no survey " + code + " in " + of);
    }

    @Test
    void a_revocation_closes_the_posts_open_surveys_by_the_system_and_the_plaque_link_offers_none() {
        String code = created(bureau, thisQuarter);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(Api.at(port).get("/public/evaluation/surveys?plaque=" + plaque).json()).hasSize(1));

        post.deliver(post.revoked(thisQuarter), post.revoked(thisQuarter));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(survey(bureau, code).path("open").asBoolean()).isFalse());
        assertThat(Api.at(port).get("/public/evaluation/surveys?plaque=" + plaque).json()).isEmpty();
        assertThat(Api.at(port)
                .post("/public/evaluation/surveys/" + code + "/tickets", Respondent.at(port).solvedRequest(code))
                .status()).isEqualTo(409);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(office(bureau).get("/api/evaluation/audit").json())
                        .filteredOn(e -> e.path("action").asString().equals("survey.closed")).singleElement()
                        .satisfies(e -> {
                            assertThat(e.path("actor").asString()).isEqualTo("evaluation");
                            assertThat(e.path("reason").asString()).isEqualTo("示范岗已被撤销");
                        }));
    }

    @Test
    void no_survey_opens_for_a_revoked_post_and_the_refusal_names_the_rule() {
        String earlier = created(bureau, Quarter.parse(thisQuarter).previous().toString());
        post.deliver(post.revoked(thisQuarter));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(survey(bureau, earlier).path("open").asBoolean()).isFalse());

        var refused = create(bureau, thisQuarter);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().path("code").asString()).isEqualTo("survey.post-revoked");
        assertThat(refused.json().path("detail").asString()).isEqualTo("该示范岗已被撤销，不能再发起满意度测评");
        assertThat(office(bureau).get("/api/evaluation/surveys").json()).hasSize(1);
        assertThat(office(bureau).post("/api/evaluation/surveys",
                Map.of("targetType", "LEADERSHIP", "title", "领导班子测评", "quarter", thisQuarter)).status()).isEqualTo(201);
    }

    @Test
    void another_bureaus_revocation_neither_closes_nor_refuses_this_bureaus_surveys() {
        String other = TestBureaus.fresh();
        String others = created(other, thisQuarter);
        String earlier = created(bureau, Quarter.parse(thisQuarter).previous().toString());

        post.deliver(post.revoked(thisQuarter));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(survey(bureau, earlier).path("open").asBoolean()).isFalse());

        assertThat(survey(other, others).path("open").asBoolean()).isTrue();
        assertThat(create(other, Quarter.parse(thisQuarter).previous().toString()).status()).isEqualTo(201);
        assertThat(office(other).get("/api/evaluation/audit").json())
                .noneMatch(e -> e.path("action").asString().equals("survey.closed"));
    }
}
