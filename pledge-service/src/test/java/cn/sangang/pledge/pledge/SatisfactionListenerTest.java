package cn.sangang.pledge.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.Topics;
import cn.sangang.events.evaluation.SatisfactionRated;
import cn.sangang.pledge.PledgeFixture;
import cn.sangang.pledge.PledgeServiceTest;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EventCapture;

/** The public appraisal (群众评议), reported by evaluation-service, on the pledge and its public board. */
@PledgeServiceTest
class SatisfactionListenerTest {

    private static final EventCodec CODEC = new EventCodec();

    @LocalServerPort
    int port;

    static String rated(String bureau, String pledgeId, String quarter, long answers, long positive) {
        return CODEC.encode(EventEnvelope.of(EventTypes.SATISFACTION_RATED, bureau, Instant.now(),
                new SatisfactionRated("SV7K3M9PXT", "PLEDGE", pledgeId, quarter, answers, positive, 0,
                        answers - positive, Math.round(positive * 1000.0 / answers) / 10.0)));
    }

    @Test
    void the_public_appraisal_replaces_no_data_yet_on_the_pledge_and_its_board() {
        PledgeFixture f = new PledgeFixture(port);
        String id = f.published();
        String quarter = Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString();
        assertThat(f.leader().get("/api/pledge/pledges/" + id).json().path("items").get(0).path("publicAppraisal")
                .path("note").asString()).isEqualTo("no data yet");

        EventCapture.send(Topics.EVALUATION, id, rated(f.bureau, id, quarter, 20, 18));
        EventCapture.send(Topics.EVALUATION, id, rated(f.bureau, id, quarter, 5, 1));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var appraisal = f.leader().get("/api/pledge/pledges/" + id).json().path("items").get(1)
                    .path("publicAppraisal");
            assertThat(appraisal.path("ratePercent").asDouble()).isEqualTo(90.0);
            assertThat(appraisal.path("answers").asLong()).isEqualTo(20);
            var board = Api.at(port).get("/public/pledge/bureaus/" + f.bureau + "/pledges?year=" + f.year).json()
                    .get(0);
            assertThat(board.path("publicAppraisal").path("ratePercent").asDouble()).isEqualTo(90.0);
        });
    }
}
