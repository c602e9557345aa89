package cn.sangang.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.post.PostAwarded;
import cn.sangang.events.post.PostKind;
import cn.sangang.evaluation.EvaluationServiceTest;
import cn.sangang.platform.code.PublicCodes;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/** The survey link of a plaque page — by plaque code, never an internal id — finds the post's open surveys. */
@EvaluationServiceTest
class SurveyLinkTest {

    @LocalServerPort
    int port;

    @Test
    void the_plaque_link_leads_to_the_open_surveys_of_its_post() {
        String bureau = TestBureaus.fresh();
        String postId = new ObjectId().toHexString();
        String plaque = PublicCodes.next("PQ", code -> false);
        EventCapture.send(Topics.POST, postId, new EventCodec().encode(EventEnvelope.of(EventTypes.POST_AWARDED, bureau,
            Instant.now(), new PostAwarded(postId, PostKind.INDIVIDUAL, "林政岗", "M1", "linzheng", "P-1", plaque,
                LocalDate.now()))));
        String code = Api.at(port).as(TestTokens.token(bureau, "O1", "OFFICE")).post("/api/evaluation/surveys",
            Map.of("targetType", "POST", "targetId", postId, "title", "林政岗测评", "quarter", SurveyTest.thisQuarter()))
            .json().path("code").asString();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
            assertThat(Api.at(port).get("/public/evaluation/surveys?plaque=" + plaque).json())
                .extracting(s -> s.path("code").asString()).containsExactly(code));
        assertThat(Api.at(port).get("/public/evaluation/surveys?plaque=" + PublicCodes.next("PQ", c -> c.equals(plaque))).json()).isEmpty();
        assertThat(Api.at(port).get("/public/evaluation/surveys").status()).isEqualTo(400);
    }
}
