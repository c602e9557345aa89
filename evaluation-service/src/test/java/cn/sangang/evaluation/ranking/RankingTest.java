package cn.sangang.evaluation.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.evaluation.BureauEvents;
import cn.sangang.evaluation.EvaluationServiceTest;
import cn.sangang.evaluation.PostEvents;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.pledge.PledgeEvaluated;
import cn.sangang.events.pledge.PledgeKind;
import cn.sangang.events.roster.MemberChanged;
import cn.sangang.events.zone.ZoneAssessed;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

@EvaluationServiceTest
class RankingTest {

    @LocalServerPort
    int port;

    @Test
    void ranks_the_units_of_a_bureau_from_post_results_zone_assessments_and_pledge_fulfilment() {
        String bureau = TestBureaus.fresh();
        PostEvents post = new PostEvents(bureau);
        post.deliver(post.assessed("2026-Q1", true), post.assessed("2026-Q2", true), post.assessed("2026-Q2", true));
        BureauEvents.deliver(Topics.ZONE, "z1", EventTypes.ZONE_ASSESSED, bureau,
                new ZoneAssessed("z1", "法制股责任区", "fazhi", "2026-Q2", 90, 90, 90, 90, "L1"));
        BureauEvents.deliver(Topics.ROSTER, "M7", EventTypes.MEMBER_CHANGED, bureau,
                new MemberChanged("M7", "姓名M7", "fazhi", true, true, MemberChanged.Change.JOINED));
        BureauEvents.deliver(Topics.PLEDGE, "p1", EventTypes.PLEDGE_EVALUATED, bureau,
                new PledgeEvaluated("p1", PledgeKind.MEMBER, 2026, "M7",
                        List.of(new PledgeEvaluated.ItemResult(1, "M7", true, null)), LocalDate.of(2026, 12, 1), "L1"));
        Api leader = Api.at(port).as(TestTokens.token(bureau, "L1", "LEADER"));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var ranking = leader.get("/api/evaluation/rankings/2026").json();
            assertThat(ranking).extracting(u -> u.path("unitCode").asString()).containsExactly("fazhi", "linzheng");
            assertThat(ranking.get(0).path("total").asDouble()).isEqualTo(50.0);
            assertThat(ranking.get(0).path("pledgePoints").asInt()).isEqualTo(5);
            assertThat(ranking.get(1).path("postPoints").asInt()).as("a quarter counts once").isEqualTo(20);
        });
        assertThat(
                Api.at(port).as(TestTokens.token(bureau, "M1", "MEMBER")).get("/api/evaluation/rankings/2026").status())
                .isEqualTo(403);
    }
}
