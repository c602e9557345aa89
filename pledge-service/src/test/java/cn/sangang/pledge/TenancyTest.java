package cn.sangang.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

import cn.sangang.testkit.Api;
import cn.sangang.testkit.EndpointSweep;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/**
 * Every endpoint, called by a caller of another bureau holding every role and the same person numbers: it reads
 * nothing of this bureau and changes nothing. The county office is refused everywhere.
 */
@PledgeServiceTest
class TenancyTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    PledgeFixture a;
    String published;
    String evaluated;

    @BeforeEach
    void bureauWithData() {
        a = new PledgeFixture(port);
        published = a.published("M1");
        evaluated = a.published("M3");
        PledgeFixture.expect(200, a.leader().post("/api/pledge/pledges/" + evaluated + "/evaluation", Map.of("items",
            List.of(PledgeFixture.fulfilled(1), PledgeFixture.notFulfilled(2, PledgeFixture.inDays(20))))));
    }

    Map<String, EndpointSweep.Call> calls() {
        String base = "/api/pledge/pledges/";
        Map<String, EndpointSweep.Call> calls = new LinkedHashMap<>();
        calls.put("GET /api/pledge/audit", new EndpointSweep.Call("GET", "/api/pledge/audit", null));
        calls.put("GET /api/pledge/campaigns", new EndpointSweep.Call("GET", "/api/pledge/campaigns", null));
        calls.put("POST /api/pledge/campaigns", new EndpointSweep.Call("POST", "/api/pledge/campaigns",
            Map.of("year", a.year + 1)));
        calls.put("PUT /api/pledge/campaigns/{year}", new EndpointSweep.Call("PUT", "/api/pledge/campaigns/" + a.year,
            Map.of("title", "乙局", "publicityDeadline", LocalDate.of(a.year, 6, 1).toString())));
        calls.put("GET /api/pledge/campaigns/{year}/not-pledged", new EndpointSweep.Call("GET",
            "/api/pledge/campaigns/" + a.year + "/not-pledged", null));
        calls.put("GET /api/pledge/pledges", new EndpointSweep.Call("GET", "/api/pledge/pledges?year=" + a.year, null));
        calls.put("GET /api/pledge/pledges/{id}", new EndpointSweep.Call("GET", base + published, null));
        calls.put("POST /api/pledge/pledges", new EndpointSweep.Call("POST", "/api/pledge/pledges", Map.of("kind", "MEMBER",
            "campaignYear", a.year, "items", List.of(PledgeFixture.item("乙", "M1", PledgeFixture.inDays(9))))));
        calls.put("PUT /api/pledge/pledges/{id}/items", new EndpointSweep.Call("PUT", base + published + "/items",
            Map.of("items", List.of(PledgeFixture.item("乙", "M1", PledgeFixture.inDays(9))))));
        calls.put("POST /api/pledge/pledges/{id}/review", new EndpointSweep.Call("POST", base + published + "/review",
            PledgeFixture.review("APPROVE", 2, 0, null)));
        calls.put("POST /api/pledge/pledges/{id}/publication", new EndpointSweep.Call("POST",
            base + published + "/publication", Map.of()));
        calls.put("GET /api/pledge/pledges/{id}/letter.pdf", new EndpointSweep.Call("GET", base + published + "/letter.pdf", null));
        calls.put("POST /api/pledge/pledges/{id}/items/{no}/progress", new EndpointSweep.Call("POST",
            base + published + "/items/1/progress", Map.of("note", "乙", "completed", true)));
        calls.put("POST /api/pledge/pledges/{id}/items/{no}/inspections", new EndpointSweep.Call("POST",
            base + published + "/items/1/inspections", Map.of("inspectedOn", PledgeFixture.inDays(0).toString(), "findings", "乙")));
        calls.put("POST /api/pledge/pledges/{id}/evaluation", new EndpointSweep.Call("POST", base + published + "/evaluation",
            Map.of("items", List.of(PledgeFixture.fulfilled(1), PledgeFixture.fulfilled(2)))));
        calls.put("POST /api/pledge/pledges/{id}/items/{no}/rectification/closed", new EndpointSweep.Call("POST",
            base + evaluated + "/items/2/rectification/closed", Map.of("note", "乙")));
        calls.put("GET /api/pledge/ledger", new EndpointSweep.Call("GET", "/api/pledge/ledger?year=" + a.year, null));
        calls.put("GET /api/pledge/ledger.xlsx", new EndpointSweep.Call("GET", "/api/pledge/ledger.xlsx?year=" + a.year, null));
        return calls;
    }

    @Test
    void the_sweep_covers_every_endpoint_the_service_exposes() {
        assertThat(new TreeSet<>(calls().keySet())).isEqualTo(EndpointSweep.endpoints(mappings));
    }

    @Test
    void a_caller_of_another_bureau_reads_nothing_and_changes_nothing_on_any_endpoint() throws IOException {
        String other = TestBureaus.fresh();
        PledgeServiceTest.ZONE.person(other, "M1", "linzheng", true).person(other, "M2", "linzheng", true);
        String before = snapshot();
        Api intruder = Api.at(port).as(TestTokens.token(other, "M1",
            "MEMBER", "UNIT_HEAD", "LEADER", "SECRETARY", "OFFICE", "ADMIN"));

        EndpointSweep.assertNothingLeaks(intruder, calls(), published, evaluated, "每月走访辖区林农", "姓名M2");
        assertThat(intruder.download("/api/pledge/pledges/" + published + "/letter.pdf").status()).isEqualTo(404);
        assertThat(PledgeFixture.xlsxRows(intruder.download("/api/pledge/ledger.xlsx?year=" + a.year).body()))
            .as("title and header only").hasSize(2);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void the_county_office_is_refused_every_bureau_endpoint() {
        String before = snapshot();
        Api county = Api.at(port).as(TestTokens.county());

        EndpointSweep.assertAllRefused(county, calls(), 403);
        assertThat(snapshot()).isEqualTo(before);
    }

    private String snapshot() {
        return EndpointSweep.snapshot(a.as("ALL", "LEADER", "SECRETARY", "OFFICE"), List.of(
            "/api/pledge/pledges?year=" + a.year, "/api/pledge/campaigns", "/api/pledge/ledger?year=" + a.year,
            "/api/pledge/audit?limit=1000"));
    }
}
