package cn.sangang.zone.assessment;

import static cn.sangang.zone.BureauFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.Topics;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.EventContracts;
import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.zone.BureauFixture;

@ServiceIntegrationTest
class AssessmentApiTest {

    @LocalServerPort
    int port;

    BureauFixture b;
    String zoneId;
    EventCapture capture;
    final String thisQuarter = Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString();

    @BeforeEach
    void zone() {
        b = new BureauFixture(port);
        zoneId = b.unitWithMembers("linzheng", 1).linzhengZone();
        capture = EventCapture.of(Topics.ZONE);
    }

    @AfterEach
    void close() {
        capture.close();
    }

    Map<String, Object> assessment(String quarter) {
        return Map.of("zoneId", zoneId, "quarter", quarter, "coreWorkScore", 92, "problemSolvingScore", 88,
                "serviceCapacityScore", 90, "comments", "围绕中心工作成效明显");
    }

    @Test
    void the_leadership_assesses_a_zone_on_the_three_criteria_and_announces_it() {
        var created = expect(201, b.leader().post("/api/zone/assessments", assessment(thisQuarter))).json();

        assertThat(created.path("total").asInt()).isEqualTo(90);
        assertThat(created.path("grade").asString()).isEqualTo("EXCELLENT");
        var event = capture.awaitEvents(b.bureau, "zone-assessed", 1).getFirst();
        EventContracts.assertConforms(EventTypes.ZONE_ASSESSED, event.toString());
        assertThat(event.path("payload").path("zoneId").asString()).isEqualTo(zoneId);
        assertThat(event.path("payload").path("quarter").asString()).isEqualTo(thisQuarter);
    }

    @Test
    void a_zone_is_assessed_once_per_quarter() {
        expect(201, b.leader().post("/api/zone/assessments", assessment(thisQuarter)));

        var again = b.leader().post("/api/zone/assessments", assessment(thisQuarter));

        assertThat(again.status()).isEqualTo(409);
        assertThat(b.leader().get("/api/zone/assessments?quarter=" + thisQuarter).json()).hasSize(1);
    }

    @Test
    void only_the_leadership_assesses_and_not_a_quarter_that_has_not_begun() {
        String next = Quarter.parse(thisQuarter).next().toString();

        assertThat(b.office().post("/api/zone/assessments", assessment(thisQuarter)).status()).isEqualTo(403);
        assertThat(b.as("linzheng-H", "UNIT_HEAD").post("/api/zone/assessments", assessment(thisQuarter)).status())
                .isEqualTo(403);
        assertThat(b.leader().post("/api/zone/assessments", assessment(next)).status()).isEqualTo(422);
        assertThat(b.leader().post("/api/zone/assessments", Map.of("zoneId", zoneId, "quarter", thisQuarter,
                "coreWorkScore", 101, "problemSolvingScore", 1, "serviceCapacityScore", 1)).status()).isEqualTo(400);
        assertThat(b.leader().post("/api/zone/assessments", assessment("2026-Q5")).status()).isEqualTo(400);
        assertThat(b.leader().get("/api/zone/assessments").json()).isEmpty();
    }
}
