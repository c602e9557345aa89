package cn.sangang.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.events.Quarter;
import cn.sangang.platform.security.Role;
import cn.sangang.testkit.RoleSweep;
import cn.sangang.testkit.RoleSweep.Rule;

/** Each role rule of the post API: every bureau role outside it gets 403 and changes nothing. */
@PostServiceTest
class RoleRulesTest {

    @LocalServerPort
    int port;

    PostFixture f;
    String postId;
    String nominee;
    String electionId;

    @BeforeEach
    void bureau() {
        f = new PostFixture(port);
        postId = f.awardedCollective("linzheng", "RR-001");
        nominee = f.nominateIndividual("M3");
        electionId = PostFixture.expect(201, f.secretary().post("/api/post/elections", Map.of("title", "推选",
            "candidatePostIds", List.of(nominee), "seats", 1))).json().path("id").asString();
    }

    List<Rule> rules() {
        String quarter = Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString();
        return List.of(
            new Rule("POST", "/api/post/posts", Map.of("kind", "INDIVIDUAL", "title", "岗", "holderPersonNo", "M1",
                "statements", PostFixture.statements()), EnumSet.of(Role.SECRETARY, Role.LEADER, Role.UNIT_HEAD)),
            new Rule("POST", "/api/post/posts/" + postId + "/assessments", Map.of("quarter", quarter, "result", "PASS",
                "findings", "x", "remedy", "NONE"), EnumSet.of(Role.LEADER)),
            new Rule("POST", "/api/post/posts/" + postId + "/veto", Map.of("cause", "VETO_IMAGE", "facts", "x"),
                EnumSet.of(Role.LEADER)),
            new Rule("POST", "/api/post/posts/" + postId + "/plaque", Map.of("plaqueNo", "RR-9",
                "awardedOn", LocalDate.now(Quarter.BUREAU_TIME).toString()), EnumSet.of(Role.LEADER)),
            new Rule("POST", "/api/post/posts/" + postId + "/resolution", Map.of("resolutionNo", "x",
                "meetingDate", LocalDate.now(Quarter.BUREAU_TIME).toString()), EnumSet.of(Role.LEADER)),
            new Rule("POST", "/api/post/posts/" + postId + "/assessments/" + quarter + "/rectified", Map.of("note", "x"),
                EnumSet.of(Role.LEADER, Role.SECRETARY)),
            new Rule("POST", "/api/post/elections", Map.of("title", "t", "candidatePostIds", List.of(nominee), "seats", 1),
                EnumSet.of(Role.SECRETARY)),
            new Rule("POST", "/api/post/elections/" + electionId + "/close", null, EnumSet.of(Role.SECRETARY)),
            new Rule("PUT", "/api/post/election-rule", Map.of("winningRule", "PLURALITY"), EnumSet.of(Role.SECRETARY)),
            new Rule("POST", "/api/post/elections/" + electionId + "/ballots", Map.of("choices", List.of(nominee)),
                EnumSet.of(Role.MEMBER)),
            new Rule("GET", "/api/post/posts.xlsx", null, EnumSet.of(Role.SECRETARY, Role.LEADER, Role.UNIT_HEAD, Role.OFFICE)),
            new Rule("GET", "/api/post/audit", null, EnumSet.of(Role.LEADER, Role.OFFICE)));
    }

    @Test
    void every_bureau_role_outside_an_endpoints_rule_is_refused_and_changes_nothing() {
        String before = snapshot();
        RoleSweep.assertOutsidersRefused(EnumSet.complementOf(EnumSet.of(Role.COUNTY)),
            role -> f.as("M1", role.name()), rules());

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void the_history_of_a_post_every_step_who_when_why_is_read_by_leader_and_office() {
        PostFixture.expect(200, f.leader().post("/api/post/posts/" + postId + "/veto",
            Map.of("cause", "VETO_VIOLATION", "facts", "违反廉洁纪律")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var history = f.as("O1", "OFFICE").get("/api/post/audit?aggregateId=" + postId).json();
            assertThat(history).extracting(h -> h.path("action").asString())
                .containsExactly("post.vetoed", "post.awarded", "post.established", "post.nominated");
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
