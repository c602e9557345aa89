package cn.sangang.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.EndpointFixture;
import cn.sangang.testkit.EndpointSweep;
import cn.sangang.testkit.TenancyContract;
import cn.sangang.testkit.TestBureaus;

/**
 * Every endpoint, called by a caller of another bureau holding every role and the same person numbers: it reads
 * nothing of this bureau and changes nothing. The county office is refused everywhere.
 */
@PledgeServiceTest
class TenancyTest extends TenancyContract {

    Endpoints endpoints;
    PledgeFixture a;
    String published;
    String evaluated;

    TenancyTest() {
        super(PledgeEndpoints.CATALOGUE);
    }

    @Override
    protected EndpointFixture bureauWithData() {
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
        return endpoints.fixture();
    }

    @Override
    protected Api intruder() {
        String other = TestBureaus.fresh();
        PledgeServiceTest.ZONE.person(other, "M1", "linzheng", true).person(other, "M2", "linzheng", true);
        return holdingEveryRole(other, "M1");
    }

    @Override
    protected List<String> secrets() {
        List<String> secrets = new ArrayList<>(endpoints.ids());
        secrets.addAll(List.of(evaluated, "每月走访辖区林农", "姓名M2"));
        return secrets;
    }

    @Override
    protected void assertNothingElseLeaksTo(Api intruder) {
        assertThat(intruder.download("/api/pledge/pledges/" + published + "/letter.pdf").status()).isEqualTo(404);
        assertThat(PledgeFixture.xlsxRows(intruder.download("/api/pledge/ledger.xlsx?year=" + a.year).body()))
                .as("title and header only").hasSize(2);
    }

    @Override
    protected String snapshot() {
        return EndpointSweep.snapshot(a.as("ALL", "LEADER", "SECRETARY", "OFFICE"),
                List.of("/api/pledge/pledges?year=" + a.year, "/api/pledge/campaigns",
                        "/api/pledge/ledger?year=" + a.year, "/api/pledge/audit?limit=1000"));
    }
}
