package cn.sangang.evaluation.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.sangang.evaluation.ranking.domain.CommendationRule.PledgeResult;
import cn.sangang.evaluation.ranking.domain.CommendationRule.PostResult;
import cn.sangang.evaluation.ranking.domain.CommendationRule.UnitScore;
import cn.sangang.evaluation.ranking.domain.CommendationRule.ZoneResult;

class CommendationRuleTest {

    @Test
    void scores_posts_zones_and_pledges_of_each_unit_and_ranks_by_total() {
        List<UnitScore> ranking = CommendationRule.rank(
                List.of(new PostResult("linzheng", true), new PostResult("linzheng", true),
                        new PostResult("fazhi", false)),
                List.of("xingzhen"),
                List.of(new ZoneResult("linzheng", 90), new ZoneResult("linzheng", 80), new ZoneResult("fazhi", 70)),
                List.of(new PledgeResult("fazhi", true), new PledgeResult("fazhi", true),
                        new PledgeResult("linzheng", false)));

        assertThat(ranking).containsExactly(new UnitScore(1, "linzheng", 20, 42.5, -5, 57.5),
                new UnitScore(2, "fazhi", -10, 35.0, 10, 35.0), new UnitScore(3, "xingzhen", -30, 0.0, 0, -30.0));
    }

    @Test
    void equal_totals_share_a_rank_and_are_listed_by_unit_code() {
        List<UnitScore> ranking = CommendationRule.rank(
                List.of(new PostResult("b", true), new PostResult("a", true), new PostResult("c", false)), List.of(),
                List.of(), List.of());

        assertThat(ranking).extracting(UnitScore::rank, UnitScore::unitCode).containsExactly(tuple(1, "a"),
                tuple(1, "b"), tuple(3, "c"));
    }
}
