package cn.sangang.evaluation.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import cn.sangang.evaluation.EvaluationServiceTest;
import cn.sangang.evaluation.PostEvents;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.EventContracts;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

@EvaluationServiceTest
class RewardTest {

    @LocalServerPort
    int port;

    String bureau;
    PostEvents post;
    EventCapture capture;

    @BeforeEach
    void bureau() {
        bureau = TestBureaus.fresh();
        post = new PostEvents(bureau);
        capture = EventCapture.of(Topics.EVALUATION);
    }

    @AfterEach
    void close() {
        capture.close();
    }

    Api office() {
        return Api.at(port).as(TestTokens.token(bureau, "O1", "OFFICE"));
    }

    JsonNode rewards() {
        return office().get("/api/evaluation/rewards").json();
    }

    @Test
    void two_consecutive_passes_grant_the_reward_once_however_often_and_in_whatever_order_they_arrive() {
        String q2 = post.assessed("2026-Q2", true);
        String q1 = post.assessed("2026-Q1", true);

        post.deliver(q2, q1, q2, q1, q2);

        var granted = capture.awaitEvents(bureau, "reward-granted", 1).getFirst();
        EventContracts.assertConforms(EventTypes.REWARD_GRANTED, granted.toString());
        assertThat(granted.path("payload").path("quarters").asString()).isEqualTo("2026-Q1/2026-Q2");
        assertThat(granted.path("payload").path("amountYuan").asInt()).isEqualTo(1000);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(rewards()).extracting(r -> r.path("status").asString()).containsExactly("GRANTED"));
        post.deliver(post.assessed("2026-Q3", false));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(capture.events(bureau, "reward-granted")).hasSize(1));
    }

    @Test
    void a_revocation_withdraws_the_unpaid_reward_of_its_quarter_and_nothing_is_granted_after_it() {
        post.deliver(post.assessed("2026-Q1", true), post.assessed("2026-Q2", true));
        await().atMost(Duration.ofSeconds(10)).until(() -> rewards().size() == 1);

        post.deliver(post.revoked("2026-Q2"), post.assessed("2026-Q3", true));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(rewards()).extracting(r -> r.path("status").asString()).containsExactly("WITHDRAWN"));
        assertThat(capture.events(bureau, "reward-granted")).hasSize(1);
        var withdrawn = capture.awaitEvents(bureau, "reward-withdrawn", 1).getFirst();
        EventContracts.assertConforms(EventTypes.REWARD_WITHDRAWN, withdrawn.toString());
        assertThat(withdrawn.path("payload").path("paidAlready").asBoolean()).isFalse();
    }

    @Test
    void a_member_sees_the_rewards_of_the_post_they_hold_and_no_one_elses() {
        post.deliver(post.assessed("2026-Q1", true), post.assessed("2026-Q2", true));
        await().atMost(Duration.ofSeconds(10)).until(() -> rewards().size() == 1);

        var mine = Api.at(port).as(TestTokens.token(bureau, "M1", "MEMBER")).get("/api/evaluation/rewards/mine");

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json()).extracting(r -> r.path("postId").asString() + " " + r.path("quarters").asString() + " "
                + r.path("status").asString()).containsExactly(post.postId + " 2026-Q1/2026-Q2 GRANTED");
        assertThat(Api.at(port).as(TestTokens.token(bureau, "M2", "MEMBER", "OFFICE"))
                .get("/api/evaluation/rewards/mine").json()).isEmpty();
        assertThat(Api.at(port).as(TestTokens.token(TestBureaus.fresh(), "M1", "MEMBER"))
                .get("/api/evaluation/rewards/mine").json()).isEmpty();
        assertThat(Api.at(port).as(TestTokens.county()).get("/api/evaluation/rewards/mine").status()).isEqualTo(403);
    }

    @Test
    void the_office_marks_a_reward_paid_once_at_the_bureaus_own_amount() {
        assertThat(office().put("/api/evaluation/reward-settings", Map.of("amountYuan", 1500)).status()).isEqualTo(200);
        post.deliver(post.assessed("2026-Q1", true), post.assessed("2026-Q2", true));
        await().atMost(Duration.ofSeconds(10)).until(() -> rewards().size() == 1);

        var paid = office().post("/api/evaluation/rewards/" + post.postId + "/2026-Q1/paid", null);

        assertThat(paid.status()).isEqualTo(200);
        var reward = rewards().get(0);
        assertThat(reward.path("status").asString()).isEqualTo("PAID");
        assertThat(reward.path("amountYuan").asInt()).isEqualTo(1500);
        assertThat(reward.path("paidBy").asString()).isEqualTo("O1");
        assertThat(office().post("/api/evaluation/rewards/" + post.postId + "/2026-Q1/paid", null).status())
                .isEqualTo(409);
        assertThat(office().post("/api/evaluation/rewards/" + post.postId + "/2026-Q2/paid", null).status())
                .isEqualTo(404);
        assertThat(Api.at(port).as(TestTokens.token(bureau, "L1", "LEADER"))
                .post("/api/evaluation/rewards/" + post.postId + "/2026-Q1/paid", null).status()).isEqualTo(403);
    }

    @Test
    void refuses_the_holder_paying_the_reward_of_their_own_post_and_audits_the_attempt() {
        post.deliver(post.assessed("2026-Q1", true), post.assessed("2026-Q2", true));
        await().atMost(Duration.ofSeconds(10)).until(() -> rewards().size() == 1);
        Api holder = Api.at(port).as(TestTokens.token(bureau, "M1", "OFFICE", "MEMBER"));

        var refused = holder.post("/api/evaluation/rewards/" + post.postId + "/2026-Q1/paid", null);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().path("code").asString()).isEqualTo("reward.own-post");
        assertThat(refused.json().path("detail").asString()).isEqualTo("不能发放本人示范岗的奖励，请由办公室其他人员办理");
        assertThat(rewards().get(0).path("status").asString()).isEqualTo("GRANTED");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(Api.at(port).as(TestTokens.token(bureau, "L1", "LEADER")).get("/api/evaluation/audit")
                        .json().valueStream().filter(e -> e.path("action").asString().equals("reward.refused"))
                        .map(e -> e.path("actor").asString())).containsExactly("M1"));
        assertThat(office().post("/api/evaluation/rewards/" + post.postId + "/2026-Q1/paid", null).status())
                .isEqualTo(200);
    }
}
