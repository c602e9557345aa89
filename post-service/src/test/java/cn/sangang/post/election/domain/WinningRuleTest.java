package cn.sangang.post.election.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class WinningRuleTest {

    @Test
    void majority_elects_those_with_more_than_half_of_the_ballots_best_first_up_to_the_seats() {
        Map<String, Integer> tally = Map.of("a", 6, "b", 5, "c", 2);

        assertThat(WinningRule.MAJORITY.winners(tally, 10, 3)).containsExactly("a");
        assertThat(WinningRule.MAJORITY.winners(tally, 9, 3)).containsExactly("a", "b");
        assertThat(WinningRule.MAJORITY.winners(tally, 9, 1)).containsExactly("a");
    }

    @Test
    void plurality_elects_the_most_voted_up_to_the_seats() {
        assertThat(WinningRule.PLURALITY.winners(Map.of("a", 3, "b", 2, "c", 1), 6, 2)).containsExactly("a", "b");
    }

    @Test
    void a_tie_at_the_last_seat_elects_none_of_the_tied() {
        assertThat(WinningRule.PLURALITY.winners(Map.of("a", 3, "b", 2, "c", 2), 7, 2)).containsExactly("a");
        assertThat(WinningRule.MAJORITY.winners(Map.of("a", 3, "b", 3), 4, 1)).isEmpty();
    }

    @Test
    void a_candidate_without_a_vote_is_never_elected() {
        assertThat(WinningRule.PLURALITY.winners(Map.of("a", 1, "b", 0), 1, 2)).containsExactly("a");
    }
}
