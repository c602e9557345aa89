package cn.sangang.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.EndpointFixture;
import cn.sangang.testkit.RoleRulesContract;

/**
 * Each role rule of the post API as its catalogue ({@link PostEndpoints}) states it: every bureau role outside it gets
 * 403 and changes nothing, and a caller holding one of them gets through.
 */
@PostServiceTest
class RoleRulesTest extends RoleRulesContract {

    PostFixture f;
    String postId;

    RoleRulesTest() {
        super(PostEndpoints.CATALOGUE);
    }

    @Override
    protected EndpointFixture bureau() {
        Endpoints all = new Endpoints(port);
        f = all.a;
        postId = f.awardedCollective("linzheng", "RR-001");
        return all.fixture();
    }

    @Override
    protected Api holding(String role) {
        return f.as("M1", role);
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

    @Override
    protected String snapshot() {
        var steward = f.as("ALL", "LEADER", "SECRETARY", "OFFICE");
        return PostFixture.expect(200, steward.get("/api/post/posts")).body()
                + PostFixture.expect(200, steward.get("/api/post/elections")).body()
                + PostFixture.expect(200, steward.get("/api/post/election-rule")).body();
    }
}
