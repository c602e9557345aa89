package cn.sangang.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
@PostServiceTest
class TenancyTest {

    @LocalServerPort
    int port;

    Endpoints endpoints;
    PostFixture a;
    String postId;

    @BeforeEach
    void bureauWithData() {
        endpoints = new Endpoints(port);
        a = endpoints.a;
        postId = a.awardedCollective("linzheng", "TEN-001");
        PostServiceTest.ZONE.person(a.bureau, "M9", "linzheng", true);
        PostFixture.expect(201, a.secretary().post("/api/post/posts", Map.of("kind", "INDIVIDUAL", "title", "甲局示范岗",
                "holderPersonNo", "M9", "statements", PostFixture.statements())));
        // The trail is relayed after the write: the snapshots compare it once it holds every seeded step.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> a.leader().get("/api/post/audit?limit=1000").body().contains("提名甲局示范岗"));
    }

    /** Every bureau endpoint's call from the fixture, made of this bureau's ids. */
    Map<String, EndpointSweep.Call> calls() {
        return endpoints.fixture().bureauCalls(PostEndpoints.CATALOGUE);
    }

    @Test
    void a_caller_of_another_bureau_reads_nothing_and_changes_nothing_on_any_endpoint() {
        String other = TestBureaus.fresh();
        PostServiceTest.ZONE.person(other, "M1", "linzheng", true);
        String before = snapshot();
        Api intruder = Api.at(port)
                .as(TestTokens.token(other, "M1", "MEMBER", "UNIT_HEAD", "LEADER", "SECRETARY", "OFFICE", "ADMIN"));

        List<String> secrets = new ArrayList<>(endpoints.ids());
        secrets.addAll(List.of(postId, "甲局", "TEN-001"));
        EndpointSweep.assertNothingLeaks(intruder, calls(), secrets.toArray(String[]::new));

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
                List.of("/api/post/posts", "/api/post/elections", "/api/post/election-rule",
                        "/api/post/assessment-settings", "/api/post/audit?limit=1000"));
    }
}
