package cn.sangang.zone;

import static cn.sangang.zone.BureauFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.sangang.events.Quarter;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EndpointSweep;
import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/**
 * Every endpoint of the service, called by a caller of another bureau holding every role and even claiming the
 * person numbers of this bureau: it reads nothing of this bureau and changes nothing. The county office, which
 * belongs to no bureau, is refused everywhere.
 */
@ServiceIntegrationTest
class TenancyTest {

    private static final String UNIT = "tenanta";

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    BureauFixture a;
    String zoneId;
    String reportId;


    @BeforeEach
    void bureauWithData() {
        a = new BureauFixture(port);
        a.unitWithMembers(UNIT, 2).person(UNIT + "-N", UNIT, false);
        expect(200, a.admin().put("/api/zone/people/" + UNIT + "-N/activist",
            Map.of("mentorPersonNo", UNIT + "-M1", "since", "2026-01-01")));
        zoneId = a.zone(UNIT, "甲局责任区", UNIT + "-H", UNIT + "-M1");
        expect(201, a.as(UNIT + "-M1", "MEMBER").post("/api/zone/work-logs", Map.of("zoneId", zoneId,
            "date", LocalDate.now().minusDays(1).toString(), "duty", "VISIT_MASSES", "content", "甲局日志")));
        reportId = expect(201, a.as(UNIT + "-H", "UNIT_HEAD").post("/api/zone/reports", Map.of("zoneId", zoneId,
            "kind", "TYPICAL_CASE", "title", "甲局报告", "body", "正文"))).json().path("id").asString();
        expect(201, a.leader().post("/api/zone/assessments", Map.of("zoneId", zoneId,
            "quarter", Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString(),
            "coreWorkScore", 90, "problemSolvingScore", 90, "serviceCapacityScore", 90)));
        expect(200, a.admin().put("/api/zone/bureau", Map.of("name", "甲局森林公安局", "reason", "机构设立")));
        await().atMost(Duration.ofSeconds(10)).until(() -> a.leader().get("/api/zone/audit").json().size() >= 10);
    }

    Map<String, EndpointSweep.Call> calls() {
        String person = UNIT + "-M1";
        Map<String, Object> personBody = Map.of("name", "探测", "unitCode", UNIT, "partyMember", true);
        Map<String, EndpointSweep.Call> calls = new LinkedHashMap<>();
        // First, before the intruder's own writes put its claimed person number into its own bureau's audit.
        calls.put("GET /api/zone/audit", new EndpointSweep.Call("GET", "/api/zone/audit", null));
        calls.put("GET /api/zone/bureau", new EndpointSweep.Call("GET", "/api/zone/bureau", null));
        calls.put("PUT /api/zone/bureau", new EndpointSweep.Call("PUT", "/api/zone/bureau", Map.of("name", "乙局", "reason", "x")));
        calls.put("GET /api/zone/bureaus", new EndpointSweep.Call("GET", "/api/zone/bureaus", null));
        calls.put("GET /api/zone/units", new EndpointSweep.Call("GET", "/api/zone/units", null));
        calls.put("POST /api/zone/units", new EndpointSweep.Call("POST", "/api/zone/units", Map.of("code", "bprobe", "name", "探测", "kind", "SECTION")));
        calls.put("PUT /api/zone/units/{code}", new EndpointSweep.Call("PUT", "/api/zone/units/" + UNIT, Map.of("name", "改名", "kind", "SECTION")));
        calls.put("GET /api/zone/people", new EndpointSweep.Call("GET", "/api/zone/people", null));
        calls.put("GET /api/zone/people/{personNo}", new EndpointSweep.Call("GET", "/api/zone/people/" + person, null));
        calls.put("POST /api/zone/people", new EndpointSweep.Call("POST", "/api/zone/people",
            Map.of("personNo", "BPROBE", "name", "探测", "unitCode", UNIT, "partyMember", true)));
        calls.put("PUT /api/zone/people/{personNo}", new EndpointSweep.Call("PUT", "/api/zone/people/" + person, personBody));
        calls.put("POST /api/zone/people/{personNo}/leave", new EndpointSweep.Call("POST", "/api/zone/people/" + person + "/leave", Map.of("reason", "x")));
        calls.put("GET /api/zone/people.xlsx", new EndpointSweep.Call("GET", "/api/zone/people.xlsx", null));
        calls.put("GET /api/zone/people/import-template.xlsx", new EndpointSweep.Call("GET",
            "/api/zone/people/import-template.xlsx", null));
        // The sweep sends no workbook: an import of another bureau's caller is roster/RosterSheetApiTest's.
        calls.put("POST /api/zone/people/import", new EndpointSweep.Call("POST", "/api/zone/people/import?mode=apply", null));
        calls.put("GET /api/zone/activists", new EndpointSweep.Call("GET", "/api/zone/activists", null));
        calls.put("PUT /api/zone/people/{personNo}/activist", new EndpointSweep.Call("PUT", "/api/zone/people/" + UNIT + "-N/activist",
            Map.of("mentorPersonNo", UNIT + "-M2", "since", "2026-02-01")));
        calls.put("POST /api/zone/people/{personNo}/activist/withdraw", new EndpointSweep.Call("POST",
            "/api/zone/people/" + UNIT + "-N/activist/withdraw", Map.of("reason", "x")));
        calls.put("GET /api/zone/membership/people/{personNo}", new EndpointSweep.Call("GET", "/api/zone/membership/people/" + person, null));
        calls.put("GET /api/zone/membership/party-members", new EndpointSweep.Call("GET", "/api/zone/membership/party-members", null));
        calls.put("GET /api/zone/membership/units/{unitCode}", new EndpointSweep.Call("GET", "/api/zone/membership/units/" + UNIT, null));
        calls.put("GET /api/zone/zones", new EndpointSweep.Call("GET", "/api/zone/zones", null));
        calls.put("GET /api/zone/zones/{zoneId}", new EndpointSweep.Call("GET", "/api/zone/zones/" + zoneId, null));
        calls.put("GET /api/zone/my-zone", new EndpointSweep.Call("GET", "/api/zone/my-zone", null));
        calls.put("POST /api/zone/zones", new EndpointSweep.Call("POST", "/api/zone/zones", BureauFixture.zoneBody(UNIT, "乙局", UNIT + "-H", UNIT + "-H")));
        calls.put("PUT /api/zone/zones/{zoneId}", new EndpointSweep.Call("PUT", "/api/zone/zones/" + zoneId,
            BureauFixture.zoneBody(UNIT, "改", UNIT + "-H", UNIT + "-H")));
        calls.put("POST /api/zone/zones/{zoneId}/dissolve", new EndpointSweep.Call("POST", "/api/zone/zones/" + zoneId + "/dissolve", Map.of("reason", "x")));
        calls.put("GET /api/zone/coverage", new EndpointSweep.Call("GET", "/api/zone/coverage", null));
        calls.put("GET /api/zone/zones.xlsx", new EndpointSweep.Call("GET", "/api/zone/zones.xlsx", null));
        calls.put("GET /api/zone/coverage.xlsx", new EndpointSweep.Call("GET", "/api/zone/coverage.xlsx", null));
        calls.put("POST /api/zone/work-logs", new EndpointSweep.Call("POST", "/api/zone/work-logs", Map.of("zoneId", zoneId,
            "date", LocalDate.now().toString(), "duty", "OTHER", "content", "探测")));
        calls.put("GET /api/zone/work-logs", new EndpointSweep.Call("GET", "/api/zone/work-logs?zoneId=" + zoneId, null));
        calls.put("GET /api/zone/work-logs/mine", new EndpointSweep.Call("GET", "/api/zone/work-logs/mine", null));
        calls.put("POST /api/zone/reports", new EndpointSweep.Call("POST", "/api/zone/reports", Map.of("zoneId", zoneId,
            "kind", "PROGRESS", "title", "探测", "body", "探测")));
        calls.put("GET /api/zone/reports", new EndpointSweep.Call("GET", "/api/zone/reports", null));
        calls.put("POST /api/zone/reports/{id}/acknowledge", new EndpointSweep.Call("POST", "/api/zone/reports/" + reportId + "/acknowledge", Map.of()));
        calls.put("POST /api/zone/reports/{id}/publish", new EndpointSweep.Call("POST", "/api/zone/reports/" + reportId + "/publish",
            Map.of("publicTitle", "探测", "publicSummary", "探测")));
        calls.put("POST /api/zone/assessments", new EndpointSweep.Call("POST", "/api/zone/assessments", Map.of("zoneId", zoneId,
            "quarter", Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString(),
            "coreWorkScore", 1, "problemSolvingScore", 1, "serviceCapacityScore", 1)));
        calls.put("GET /api/zone/assessments", new EndpointSweep.Call("GET", "/api/zone/assessments", null));
        calls.put("GET /api/zone/assessments.xlsx", new EndpointSweep.Call("GET", "/api/zone/assessments.xlsx", null));
        return calls;
    }

    @Test
    void the_sweep_covers_every_endpoint_the_service_exposes() {
        assertThat(new TreeSet<>(calls().keySet())).isEqualTo(EndpointSweep.endpoints(mappings));
    }

    @Test
    void a_caller_of_another_bureau_reads_nothing_and_changes_nothing_on_any_endpoint() {
        String before = snapshot();
        Api intruder = Api.at(port).as(TestTokens.token(TestBureaus.fresh(), UNIT + "-M1",
            "MEMBER", "UNIT_HEAD", "LEADER", "SECRETARY", "OFFICE", "ADMIN"));

        EndpointSweep.assertNothingLeaks(intruder, calls(), UNIT, "甲局", zoneId, reportId);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void the_county_office_belongs_to_no_bureau_and_is_refused_every_bureau_endpoint() {
        String before = snapshot();
        Api county = Api.at(port).as(TestTokens.county());
        Map<String, EndpointSweep.Call> bureauEndpoints = calls();
        // Its own: the names of all bureaus, for its dashboard (BureauApiTest).
        bureauEndpoints.remove("GET /api/zone/bureaus");

        EndpointSweep.assertAllRefused(county, bureauEndpoints, 403);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_caller_cannot_name_another_bureau_in_the_query() {
        var response = Api.at(port).as(TestTokens.token(TestBureaus.fresh(), "X", "LEADER"))
            .get("/api/zone/zones?bureauId=" + a.bureau);

        assertThat(response.status()).isEqualTo(403);
    }

    private String snapshot() {
        return EndpointSweep.snapshot(a.as("A-ALL", "ADMIN", "LEADER", "OFFICE"), List.of("/api/zone/bureau", "/api/zone/units",
            "/api/zone/people", "/api/zone/activists", "/api/zone/zones", "/api/zone/coverage", "/api/zone/reports",
            "/api/zone/assessments", "/api/zone/work-logs?zoneId=" + zoneId, "/api/zone/audit?limit=1000"));
    }
}
