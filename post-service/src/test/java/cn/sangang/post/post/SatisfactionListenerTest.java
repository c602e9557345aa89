package cn.sangang.post.post;

import static cn.sangang.post.PostFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.events.ContractExamples;
import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.evaluation.SatisfactionRated;
import cn.sangang.post.PostFixture;
import cn.sangang.post.PostServiceTest;
import cn.sangang.testkit.EventCapture;

/** The public's satisfaction, reported by evaluation-service, shown beside the quarter it is the basis of. */
@PostServiceTest
class SatisfactionListenerTest {

    private static final EventCodec CODEC = new EventCodec();

    @LocalServerPort
    int port;

    static String rated(String bureau, String postId, String quarter, long answers, long positive) {
        return CODEC.encode(EventEnvelope.of(EventTypes.SATISFACTION_RATED, bureau, Instant.now(),
                new SatisfactionRated("SV7K3M9PXT", "POST", postId, quarter, answers, positive, 0, answers - positive,
                        answers == 0 ? null : Math.round(positive * 1000.0 / answers) / 10.0)));
    }

    @Test
    void the_latest_satisfaction_of_a_quarter_replaces_no_data_yet_and_an_older_report_does_not_turn_it_back() {
        PostFixture f = new PostFixture(port).assessingThisQuarter();
        String postId = f.awardedCollective("linzheng", "SAT-001");
        String quarter = PostFixture.thisQuarter();
        expect(200, f.assess(postId, PostFixture.passed(quarter)));
        assertThat(f.leader().get("/api/post/posts/" + postId).json().path("assessments").get(0).path("satisfaction")
                .path("note").asString()).isEqualTo("no data yet");

        EventCapture.send(Topics.EVALUATION, postId, rated(f.bureau, postId, quarter, 40, 38));
        EventCapture.send(Topics.EVALUATION, postId, rated(f.bureau, postId, quarter, 10, 5));
        EventCapture.send(Topics.EVALUATION, postId, rated("another-bureau", postId, quarter, 99, 0));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var post = f.leader().get("/api/post/posts/" + postId).json();
            var satisfaction = post.path("assessments").get(0).path("satisfaction");
            assertThat(satisfaction.path("ratePercent").asDouble()).isEqualTo(95.0);
            assertThat(satisfaction.path("answers").asLong()).isEqualTo(40);
            assertThat(post.path("satisfaction").path(quarter).path("answers").asLong()).isEqualTo(40);
        });
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .untilAsserted(() -> assertThat(f.leader().get("/api/post/posts/" + postId).json().path("satisfaction")
                        .path(quarter).path("answers").asLong()).isEqualTo(40));
    }

    @Test
    void reads_the_contract_example_of_satisfaction_rated() {
        assertThat(CODEC.decode(ContractExamples.json(EventTypes.SATISFACTION_RATED), EventTypes.SATISFACTION_RATED)
                .payload().targetType()).isEqualTo("POST");
    }
}
