package cn.sangang.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

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

    Endpoints endpoints;
    PledgeFixture a;
    String published;
    String evaluated;

    @BeforeEach
    void bureauWithData() {
        endpoints = new Endpoints(port);
        a = endpoints.a;
        published = endpoints.published;
        evaluated = a.published("M3");
        PledgeFixture.expect(200, a.leader().post("/api/pledge/pledges/" + evaluated + "/evaluation", Map.of("items",
                List.of(PledgeFixture.fulfilled(1), PledgeFixture.notFulfilled(2, PledgeFixture.inDays(20))))));
        // The outbox relay moves audit entries after the write: the snapshots compare the trail once it has settled.
        String[] trail = {""};
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).until(() -> {
            String now = snapshot();
            boolean settled = now.equals(trail[0]) && now.contains(evaluated);
            trail[0] = now;
            return settled;
        });
    }

    /** Every bureau endpoint's call from the fixture, made of this bureau's ids. */
    Map<String, EndpointSweep.Call> calls() {
        return endpoints.fixture().bureauCalls(PledgeEndpoints.CATALOGUE);
    }

    @Test
    void a_caller_of_another_bureau_reads_nothing_and_changes_nothing_on_any_endpoint() throws IOException {
        String other = TestBureaus.fresh();
        PledgeServiceTest.ZONE.person(other, "M1", "linzheng", true).person(other, "M2", "linzheng", true);
        String before = snapshot();
        Api intruder = Api.at(port)
                .as(TestTokens.token(other, "M1", "MEMBER", "UNIT_HEAD", "LEADER", "SECRETARY", "OFFICE", "ADMIN"));

        List<String> secrets = new ArrayList<>(endpoints.ids());
        secrets.addAll(List.of(evaluated, "每月走访辖区林农", "姓名M2"));
        EndpointSweep.assertNothingLeaks(intruder, calls(), secrets.toArray(String[]::new));
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
        return EndpointSweep.snapshot(a.as("ALL", "LEADER", "SECRETARY", "OFFICE"),
                List.of("/api/pledge/pledges?year=" + a.year, "/api/pledge/campaigns",
                        "/api/pledge/ledger?year=" + a.year, "/api/pledge/audit?limit=1000"));
    }
}
