package cn.sangang.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.evaluation.BureauEvents;
import cn.sangang.evaluation.EvaluationServiceTest;
import cn.sangang.events.ContractExamples;
import cn.sangang.events.EventType;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.post.PostAwarded;
import cn.sangang.events.post.PostKind;
import cn.sangang.events.zone.ZoneDrawn;
import cn.sangang.platform.code.PublicCodes;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/** The survey link of a plaque page — by plaque code, never an internal id — finds the post's or zone's open surveys. */
@EvaluationServiceTest
class SurveyLinkTest {

    @LocalServerPort
    int port;

    @Test
    void the_plaque_link_leads_to_the_open_surveys_of_its_post() {
        String bureau = TestBureaus.fresh();
        String postId = new ObjectId().toHexString();
        String plaque = PublicCodes.next("PQ", code -> false);
        BureauEvents.deliver(Topics.POST, postId, EventTypes.POST_AWARDED, bureau,
                new PostAwarded(postId, PostKind.INDIVIDUAL, "林政岗", "M1", "linzheng", "P-1", plaque, LocalDate.now()));
        String code = Api.at(port).as(TestTokens.token(bureau, "O1", "OFFICE")).post("/api/evaluation/surveys",
                Map.of("targetType", "POST", "targetId", postId, "title", "林政岗测评", "quarter", SurveyTest.thisQuarter()))
                .json().path("code").asString();

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(Api.at(port).get("/public/evaluation/surveys?plaque=" + plaque).json())
                        .extracting(s -> s.path("code").asString()).containsExactly(code));
        assertThat(Api.at(port)
                .get("/public/evaluation/surveys?plaque=" + PublicCodes.next("PQ", c -> c.equals(plaque))).json())
                .isEmpty();
        assertThat(Api.at(port).get("/public/evaluation/surveys").status()).isEqualTo(400);
    }

    @Test
    void a_zone_plaque_link_as_its_contract_shows_leads_to_the_open_surveys_of_that_zone_only() {
        String bureau = TestBureaus.fresh();
        String other = TestBureaus.fresh();
        String zoneId = new ObjectId().toHexString();
        String plaque = PublicCodes.next("ZR", code -> false);
        EventCapture.send(Topics.ZONE, zoneId, zoneExample(EventTypes.ZONE_DRAWN, bureau, zoneId, plaque));
        String code = createZoneSurvey(bureau, zoneId);
        String othersCode = createZoneSurvey(other, zoneId);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(Api.at(port).get("/public/evaluation/surveys?plaque=" + plaque).json())
                        .extracting(s -> s.path("code").asString() + ":" + s.path("targetType").asString())
                        .containsExactly(code + ":ZONE"));
        assertThat(othersCode).isNotEqualTo(code);
        assertThat(Api.at(port).get("/public/evaluation/surveys?plaque=ZX" + plaque.substring(2)).status())
                .isEqualTo(400);
    }

    @Test
    void a_dissolved_zones_plaque_link_finds_nothing() {
        String bureau = TestBureaus.fresh();
        String zoneId = new ObjectId().toHexString();
        String plaque = PublicCodes.next("ZR", code -> false);
        BureauEvents.deliver(Topics.ZONE, zoneId, EventTypes.ZONE_DRAWN, bureau,
                new ZoneDrawn(zoneId, plaque, "林政股党员责任区", "linzheng", LocalDate.now()));
        createZoneSurvey(bureau, zoneId);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(Api.at(port).get("/public/evaluation/surveys?plaque=" + plaque).json()).hasSize(1));

        EventCapture.send(Topics.ZONE, zoneId, zoneExample(EventTypes.ZONE_DISSOLVED, bureau, zoneId, plaque));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(Api.at(port).get("/public/evaluation/surveys?plaque=" + plaque).json()).isEmpty());
    }

    /** The contract's example of a zone event, told of this bureau's zone and its plaque. */
    private static String zoneExample(EventType<?> type, String bureau, String zoneId, String plaque) {
        return ContractExamples.json(type).replace("taojiang-fp", bureau).replace("6a0f3e1c9d2b4a5e8f7c1d20", zoneId)
                .replace("ZR4H8N2QWT", plaque);
    }

    private String createZoneSurvey(String bureau, String zoneId) {
        var created = Api.at(port).as(TestTokens.token(bureau, "O1", "OFFICE")).post("/api/evaluation/surveys", Map.of(
                "targetType", "ZONE", "targetId", zoneId, "title", "林政股责任区测评", "quarter", SurveyTest.thisQuarter()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("code").asString();
    }
}
