package cn.sangang.zone;

import static cn.sangang.zone.BureauFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.sangang.events.Quarter;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EndpointFixture;
import cn.sangang.testkit.EndpointSweep;
import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.testkit.TenancyContract;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/**
 * Every endpoint of the service, called by a caller of another bureau holding every role and even claiming the
 * person numbers of this bureau: it reads nothing of this bureau and changes nothing. The county office, which
 * belongs to no bureau, is refused everywhere.
 */
@ServiceIntegrationTest
class TenancyTest extends TenancyContract {

    private static final String UNIT = "tenanta";

    BureauFixture a;
    Endpoints endpoints;
    String zoneId;
    String reportId;

    TenancyTest() {
        super(ZoneEndpoints.CATALOGUE);
    }

    @Override
    protected EndpointFixture bureauWithData() {
        a = new BureauFixture(port);
        endpoints = new Endpoints(a, UNIT);
        zoneId = endpoints.zoneId;
        expect(201, a.as(UNIT + "-M1", "MEMBER").post("/api/zone/work-logs", Map.of("zoneId", zoneId, "date",
                LocalDate.now().minusDays(1).toString(), "duty", "VISIT_MASSES", "content", "甲局日志")));
        reportId = expect(201,
                a.as(UNIT + "-H", "UNIT_HEAD").post("/api/zone/reports",
                        Map.of("zoneId", zoneId, "kind", "TYPICAL_CASE", "title", "甲局报告", "body", "正文")))
                .json().path("id").asString();
        expect(201,
                a.leader().post("/api/zone/assessments",
                        Map.of("zoneId", zoneId, "quarter", Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString(),
                                "coreWorkScore", 90, "problemSolvingScore", 90, "serviceCapacityScore", 90)));
        expect(200, a.admin().put("/api/zone/bureau", Map.of("name", "甲局森林公安局", "reason", "机构设立")));
        await().atMost(Duration.ofSeconds(10)).until(() -> a.leader().get("/api/zone/audit").json().size() >= 10);
        return endpoints.fixture();
    }

    @Override
    protected Api intruder() {
        return holdingEveryRole(TestBureaus.fresh(), UNIT + "-M1");
    }

    @Override
    protected Set<String> countyEndpoints() {
        return Set.of("GET /api/zone/bureaus");
    }

    @Override
    protected List<String> secrets() {
        return List.of(UNIT, "甲局", zoneId, reportId, endpoints.reportId());
    }

    @Test
    void a_caller_cannot_name_another_bureau_in_the_query() {
        var response = Api.at(port).as(TestTokens.token(TestBureaus.fresh(), "X", "LEADER"))
                .get("/api/zone/zones?bureauId=" + a.bureau);

        assertThat(response.status()).isEqualTo(403);
    }

    @Override
    protected String snapshot() {
        return EndpointSweep.snapshot(a.as("A-ALL", "ADMIN", "LEADER", "OFFICE"),
                List.of("/api/zone/bureau", "/api/zone/units", "/api/zone/people", "/api/zone/activists",
                        "/api/zone/zones", "/api/zone/coverage", "/api/zone/reports", "/api/zone/assessments",
                        "/api/zone/work-logs?zoneId=" + zoneId, "/api/zone/audit?limit=1000"));
    }
}
