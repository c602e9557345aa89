package cn.sangang.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.testkit.EndpointFixture;
import cn.sangang.testkit.RoleSweep;

/**
 * Each role rule of the post API as its catalogue ({@link PostEndpoints}) states it: every bureau role outside it gets
 * 403 and changes nothing, and a caller holding one of them gets through.
 */
@PostServiceTest
class RoleRulesTest {

    @LocalServerPort
    int port;

    PostFixture f;
    EndpointFixture endpoints;
    String postId;

    @BeforeEach
    void bureau() {
        Endpoints all = new Endpoints(port);
        f = all.a;
        endpoints = all.fixture();
        postId = f.awardedCollective("linzheng", "RR-001");
    }

    @Test
    void every_bureau_role_outside_an_endpoints_rule_is_refused_and_changes_nothing() {
        String before = snapshot();
        RoleSweep.assertOutsidersRefused(PostEndpoints.CATALOGUE, endpoints, RoleSweep.BUREAU_ROLES,
                role -> f.as("M1", role));

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void an_allowed_role_gets_through_every_rule() {
        RoleSweep.assertRightfulReadsAnswer(endpoints, port);
    }

    @Test
    void the_history_of_a_post_every_step_who_when_why_is_read_by_leader_and_office() {
        PostFixture.expect(200, f.leader().post("/api/post/posts/" + postId + "/veto",
                Map.of("cause", "VETO_VIOLATION", "facts", "违反廉洁纪律")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var history = f.as("O1", "OFFICE").get("/api/post/audit?aggregateId=" + postId).json();
            assertThat(history).extracting(h -> h.path("action").asString()).containsExactly("post.vetoed",
                    "post.awarded", "post.established", "post.nominated");
            assertThat(history.get(0).path("reason").asString()).isEqualTo("违反廉洁纪律");
            assertThat(history.get(0).path("actor").asString()).isEqualTo("L1");
        });
    }

    private String snapshot() {
        var steward = f.as("ALL", "LEADER", "SECRETARY", "OFFICE");
        return PostFixture.expect(200, steward.get("/api/post/posts")).body()
                + PostFixture.expect(200, steward.get("/api/post/elections")).body()
                + PostFixture.expect(200, steward.get("/api/post/election-rule")).body();
    }
}
