package cn.sangang.post.election.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.ForbiddenException;
import cn.sangang.platform.problem.RuleViolationException;

class ElectionRulesTest {

    private static final Instant OPENED = Instant.parse("2026-03-01T02:00:00Z");
    private static final List<Election.Candidate> TWO = List.of(new Election.Candidate("p1", "甲示范岗", "甲"),
            new Election.Candidate("p2", "乙示范岗", "乙"));

    @Test
    void an_election_closes_with_the_winners_its_rule_gives_and_then_takes_no_ballot() {
        Election election = Election.open("e1", "taojiang-fp", " 推选 ", TWO, 1, WinningRule.MAJORITY, "S1", OPENED);
        election.counted("M1", List.of("p1"));
        election.counted("M2", List.of("p1"));
        election.counted("M3", List.of("p2"));

        election.close("S1", OPENED.plusSeconds(3600));

        assertThat(election.title()).isEqualTo("推选");
        assertThat(election.status()).isEqualTo(Election.Status.CLOSED);
        assertThat(election.winners()).containsExactly("p1");
        assertThat(election.tally()).isEqualTo(Map.of("p1", 2, "p2", 1));
        assertThatThrownBy(() -> election.requireBallot(List.of("p2"))).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "election.closed");
        assertThatThrownBy(() -> election.close("S1", OPENED.plusSeconds(7200))).hasFieldOrPropertyWithValue("code",
                "election.closed");
    }

    @Test
    void refuses_a_candidate_listed_twice_or_more_seats_than_candidates() {
        assertThatThrownBy(() -> Election.requireCandidates(List.of("p1", "p1"), 1))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "election.candidate-twice");
        assertThatThrownBy(() -> Election.open("e1", "taojiang-fp", "推选", TWO, 3, WinningRule.MAJORITY, "S1", OPENED))
                .hasFieldOrPropertyWithValue("code", "election.more-seats-than-candidates");
    }

    @Test
    void refuses_a_ballot_over_the_seats_naming_a_stranger_or_cast_twice() {
        Election election = Election.open("e1", "taojiang-fp", "推选", TWO, 1, WinningRule.PLURALITY, "S1", OPENED);

        assertThatThrownBy(() -> election.requireBallot(List.of("p1", "p2")))
                .hasFieldOrPropertyWithValue("code", "election.ballot-invalid")
                .hasFieldOrPropertyWithValue("args", Map.of("seats", 1));
        assertThatThrownBy(() -> election.requireBallot(List.of("p9"))).hasFieldOrPropertyWithValue("code",
                "election.ballot-unknown-candidate");
        election.counted("M1", List.of("p2"));
        assertThatThrownBy(() -> election.counted("M1", List.of("p1"))).hasFieldOrPropertyWithValue("code",
                "election.already-voted");
        assertThat(election.ballots()).isEqualTo(1);
        assertThat(election.hasVoted("M1")).isTrue();
    }

    @Test
    void only_an_active_party_member_votes() {
        assertThatThrownBy(() -> Election.requireVoter(false, true)).isInstanceOf(ForbiddenException.class)
                .hasFieldOrPropertyWithValue("code", "election.not-party-member");
        assertThatThrownBy(() -> Election.requireVoter(true, false)).hasFieldOrPropertyWithValue("code",
                "election.not-party-member");
    }
}
