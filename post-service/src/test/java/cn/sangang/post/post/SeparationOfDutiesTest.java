package cn.sangang.post.post;

import static cn.sangang.post.PostFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.events.Quarter;
import cn.sangang.post.PostFixture;
import cn.sangang.post.PostServiceTest;
import cn.sangang.testkit.Api;

/** A leader who holds a post — its holder, or one of its unit — decides nothing about it that would pay them. */
@PostServiceTest
class SeparationOfDutiesTest {

    static final String REFUSAL = "不能评定或奖励本人所在的示范岗，请由其他局领导办理";

    @LocalServerPort
    int port;

    PostFixture f;

    @BeforeEach
    void bureau() {
        f = new PostFixture(port).assessingThisQuarter();
    }

    Map<String, Object> pass() {
        return PostFixture.passed(PostFixture.thisQuarter());
    }

    @Test
    void refuses_a_leader_assessing_their_own_post_and_audits_the_attempt() {
        String post = f.awardedIndividual("M3", "SOD-001");
        Api holder = f.as("M3", "LEADER", "MEMBER");

        Api.Response refused = holder.post("/api/post/posts/" + post + "/assessments", pass());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().path("code").asString()).isEqualTo("post.own-post");
        assertThat(refused.json().path("detail").asString()).isEqualTo(REFUSAL);
        assertThat(f.leader().get("/api/post/posts/" + post).json().path("assessments")).isEmpty();
        awaitRefusalAudited(post, "M3");
        expect(200, f.assess(post, pass()));
    }

    @Test
    void refuses_a_leader_of_the_unit_resolving_awarding_or_assessing_its_collective_post() {
        String post = f.nominateCollective("office");
        Api ofTheUnit = f.as("M6", "LEADER", "MEMBER");

        Api.Response resolution = ofTheUnit.post("/api/post/posts/" + post + "/resolution", Map.of("resolutionNo",
                "局务会〔2026〕5号", "meetingDate", LocalDate.now(Quarter.BUREAU_TIME).minusDays(1).toString()));
        assertThat(resolution.status()).as(resolution.toString()).isEqualTo(403);
        assertThat(resolution.json().path("code").asString()).isEqualTo("post.own-post");
        assertThat(resolution.json().path("detail").asString()).isEqualTo(REFUSAL);
        assertThat(f.leader().get("/api/post/posts/" + post).json().path("status").asString()).isEqualTo("NOMINATED");
        awaitRefusalAudited(post, "M6");

        expect(200, f.leader().post("/api/post/posts/" + post + "/resolution", Map.of("resolutionNo", "局务会〔2026〕5号",
                "meetingDate", LocalDate.now(Quarter.BUREAU_TIME).minusDays(1).toString())));
        assertThat(ofTheUnit
                .post("/api/post/posts/" + post + "/plaque",
                        Map.of("plaqueNo", "SOD-002", "awardedOn", LocalDate.now(Quarter.BUREAU_TIME).toString()))
                .status()).isEqualTo(403);
        assertThat(f.leader().get("/api/post/posts/" + post).json().path("status").asString()).isEqualTo("ESTABLISHED");

        expect(200, f.leader().post("/api/post/posts/" + post + "/plaque",
                Map.of("plaqueNo", "SOD-002", "awardedOn", LocalDate.now(Quarter.BUREAU_TIME).toString())));
        assertThat(ofTheUnit.post("/api/post/posts/" + post + "/assessments", pass()).status()).isEqualTo(403);
        assertThat(f.leader().get("/api/post/posts/" + post).json().path("assessments")).isEmpty();
    }

    @Test
    void a_leader_of_another_unit_decides_as_before() {
        String post = f.nominateCollective("office");

        expect(200,
                f.as("M3", "LEADER", "MEMBER").post("/api/post/posts/" + post + "/resolution", Map.of("resolutionNo",
                        "局务会〔2026〕6号", "meetingDate", LocalDate.now(Quarter.BUREAU_TIME).minusDays(1).toString())));
    }

    private void awaitRefusalAudited(String post, String actor) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(f.leader().get("/api/post/audit?aggregateId=" + post).json()
                        .valueStream().filter(e -> e.path("action").asString().equals("post.refused"))
                        .map(e -> e.path("actor").asString())).containsExactly(actor));
    }
}
