package cn.sangang.evaluation.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.sangang.evaluation.BureauEvents;
import cn.sangang.evaluation.EvaluationServiceTest;
import cn.sangang.evaluation.PostEvents;
import cn.sangang.events.ContractExamples;
import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.Topics;
import cn.sangang.events.pledge.PledgeApproved;
import cn.sangang.events.pledge.PledgeEvaluated;
import cn.sangang.events.pledge.PledgeKind;
import cn.sangang.events.zone.ZoneAssessed;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.EventContracts;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

@EvaluationServiceTest
class CountyFeedTest {

    private static final EventCodec CODEC = new EventCodec();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String Q = Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString();

    @LocalServerPort
    int port;

    EventCapture feed;
    EventCapture evaluation;

    @BeforeEach
    void capture() {
        feed = EventCapture.of(Topics.EVALUATION_FEED);
        evaluation = EventCapture.of(Topics.EVALUATION);
    }

    @AfterEach
    void close() {
        feed.close();
        evaluation.close();
    }

    static JsonNode schema() throws IOException {
        try (InputStream in = CountyFeedTest.class
                .getResourceAsStream("/evaluation-feed/bureau-quarter-summary.v2.schema.json")) {
            return JSON.readTree(in);
        }
    }

    /** A bureau's quarter: a post passing twice (a reward), a failed one, a zone, a pledge, and survey answers. */
    String activeBureau() {
        String bureau = TestBureaus.fresh();
        PostEvents passing = new PostEvents(bureau);
        PostEvents failing = new PostEvents(bureau);
        passing.deliver(passing.assessed(Quarter.parse(Q).previous().toString(), true), passing.assessed(Q, true));
        failing.deliver(failing.assessed(Q, false));
        BureauEvents.deliver(Topics.ZONE, "z1", EventTypes.ZONE_ASSESSED, bureau,
                new ZoneAssessed("z1", "林政股责任区", "linzheng", Q, 90, 80, 85, 85, "L1"));
        BureauEvents.deliver(Topics.PLEDGE, "p1", EventTypes.PLEDGE_EVALUATED, bureau,
                new PledgeEvaluated("p1", PledgeKind.MEMBER, 2026, "M1",
                        List.of(new PledgeEvaluated.ItemResult(1, "M1", true, null),
                                new PledgeEvaluated.ItemResult(2, "M2", false, LocalDate.now().plusDays(30))),
                        LocalDate.now(Quarter.BUREAU_TIME), "L1"));
        String approved = CODEC.encode(EventEnvelope.of(EventTypes.PLEDGE_APPROVED, bureau, Instant.now(),
                new PledgeApproved("p1", PledgeKind.MEMBER, 2026, "M1",
                        List.of(new PledgeApproved.Item(1, "M1", LocalDate.now().plusDays(60))), 1, "L1")));
        EventCapture.send(Topics.PLEDGE, "p1", approved);
        EventCapture.send(Topics.PLEDGE, "p1", approved);
        Api office = Api.at(port).as(TestTokens.token(bureau, "O1", "OFFICE"));
        String survey = office
                .post("/api/evaluation/surveys", Map.of("targetType", "LEADERSHIP", "title", "班子测评", "quarter", Q))
                .json().path("code").asString();
        for (String member : List.of("M1", "M2", "M3", "M4")) {
            Api.at(port).as(TestTokens.token(bureau, member, "MEMBER")).post(
                    "/api/evaluation/surveys/" + survey + "/answers",
                    Map.of("rating", member.equals("M4") ? "DISSATISFIED" : "SATISFIED", "opinion", "个人意见" + member));
        }
        return bureau;
    }

    @Test
    void each_bureau_quarter_is_one_summary_on_the_feed_that_matches_its_versioned_schema() throws IOException {
        String bureau = activeBureau();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var latest = feed.events(bureau, "bureau-quarter-summary").stream()
                    .filter(e -> e.path("payload").path("quarter").asString().equals(Q)).toList().getLast()
                    .path("payload");
            assertThat(latest.path("postAssessmentsPassed").asInt()).isEqualTo(1);
            assertThat(latest.path("postAssessmentsFailed").asInt()).isEqualTo(1);
            assertThat(latest.path("zoneAssessments").asInt()).isEqualTo(1);
            assertThat(latest.path("zoneAverageScore").asDouble()).isEqualTo(85.0);
            assertThat(latest.path("pledgesApproved").asInt()).isEqualTo(1);
            assertThat(latest.path("pledgeItemsEvaluated").asInt()).isEqualTo(2);
            assertThat(latest.path("pledgeItemsFulfilled").asInt()).isEqualTo(1);
            assertThat(latest.path("rewardsGranted").asInt()).isEqualTo(1);
            assertThat(latest.path("rewardYuanGranted").asLong()).isEqualTo(1000);
            assertThat(latest.path("surveyAnswers").asLong()).isEqualTo(4);
            assertThat(latest.path("satisfactionRatePercent").asDouble()).isEqualTo(75.0);
        });
        JsonNode schema = schema();
        for (JsonNode message : feed.events(bureau, "bureau-quarter-summary")) {
            JsonSchemaCheck.assertValid(schema, message, "");
            EventContracts.assertConforms(EventTypes.BUREAU_QUARTER_SUMMARY, message.toString());
        }
        var rated = evaluation.awaitEvents(bureau, "satisfaction-rated", 1).getLast();
        EventContracts.assertConforms(EventTypes.SATISFACTION_RATED, rated.toString());
    }

    @Test
    void a_pledge_approved_as_its_contract_shows_counts_once_in_the_quarter_it_was_approved() {
        String bureau = TestBureaus.fresh();
        String example = ContractExamples.json(EventTypes.PLEDGE_APPROVED).replace("taojiang-fp", bureau);
        EventCapture.send(Topics.PLEDGE, "6a2b4c6d8e0f1a3b5c7d9e01", example);
        EventCapture.send(Topics.PLEDGE, "6a2b4c6d8e0f1a3b5c7d9e01", example);
        Api county = Api.at(port).as(TestTokens.county());

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(county.get("/api/evaluation/county/feed?quarter=2026-Q1").json())
                        .filteredOn(b -> b.path("bureauId").asString().equals(bureau)).singleElement()
                        .satisfies(b -> assertThat(b.path("summary").path("pledgesApproved").asInt()).isEqualTo(1)));
    }

    @Test
    void the_county_sees_every_bureaus_aggregates_and_no_bureau_detail() throws IOException {
        String first = activeBureau();
        String second = activeBureau();
        Api county = Api.at(port).as(TestTokens.county());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var all = county.get("/api/evaluation/county/feed?quarter=" + Q).json();
            assertThat(all).extracting(b -> b.path("bureauId").asString()).contains(first, second);
            for (JsonNode bureau : all) {
                if (List.of(first, second).contains(bureau.path("bureauId").asString())) {
                    assertThat(bureau.path("summary").path("surveyAnswers").asLong()).isEqualTo(4);
                    assertThat(bureau.path("summary").path("rewardsGranted").asInt()).isEqualTo(1);
                }
            }
        });
        String body = county.get("/api/evaluation/county/feed?quarter=" + Q).body();
        assertThat(body).doesNotContain("个人意见").doesNotContain("\"M1\"").doesNotContain("p1:")
                .doesNotContain("linzheng");
        JsonNode payloadSchema = schema().path("properties").path("payload");
        for (JsonNode bureau : JSON.readTree(body)) {
            assertThat(bureau.path("schemaVersion").asInt()).isEqualTo(2);
            JsonSchemaCheck.assertValid(payloadSchema, bureau.path("summary"), bureau.path("bureauId").asString());
        }
        assertThat(county.get("/api/evaluation/rewards").status()).isEqualTo(403);
        assertThat(county.get("/api/evaluation/surveys").status()).isEqualTo(403);
        assertThat(Api.at(port).as(TestTokens.token(first, "L1", "LEADER", "OFFICE", "ADMIN"))
                .get("/api/evaluation/county/feed?quarter=" + Q).status()).as("a bureau does not read other bureaus")
                .isEqualTo(403);
    }
}
