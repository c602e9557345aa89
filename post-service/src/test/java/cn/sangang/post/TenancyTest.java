package cn.sangang.post;

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
@PostServiceTest
class TenancyTest extends TenancyContract {

    Endpoints endpoints;
    PostFixture a;
    String postId;

    TenancyTest() {
        super(PostEndpoints.CATALOGUE);
    }

    @Override
    protected EndpointFixture bureauWithData() {
        endpoints = new Endpoints(port);
        a = endpoints.a;
        postId = a.awardedCollective("linzheng", "TEN-001");
        PostServiceTest.ZONE.person(a.bureau, "M9", "linzheng", true);
        PostFixture.expect(201, a.secretary().post("/api/post/posts", Map.of("kind", "INDIVIDUAL", "title", "甲局示范岗",
                "holderPersonNo", "M9", "statements", PostFixture.statements())));
        // The trail is relayed after the write: the snapshots compare it once it holds every seeded step.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> a.leader().get("/api/post/audit?limit=1000").body().contains("提名甲局示范岗"));
        return endpoints.fixture();
    }

    @Override
    protected Api intruder() {
        String other = TestBureaus.fresh();
        PostServiceTest.ZONE.person(other, "M1", "linzheng", true);
        return holdingEveryRole(other, "M1");
    }

    @Override
    protected List<String> secrets() {
        List<String> secrets = new ArrayList<>(endpoints.ids());
        secrets.addAll(List.of(postId, "甲局", "TEN-001"));
        return secrets;
    }

    @Override
    protected String snapshot() {
        return EndpointSweep.snapshot(a.as("ALL", "LEADER", "SECRETARY", "OFFICE"),
                List.of("/api/post/posts", "/api/post/elections", "/api/post/election-rule",
                        "/api/post/assessment-settings", "/api/post/audit?limit=1000"));
    }
}
