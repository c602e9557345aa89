package cn.sangang.post.election;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.sangang.post.election.domain.Election;
import cn.sangang.post.election.domain.WinningRule;

/** The request and response bodies of the election API. */
final class ElectionApi {

    static final String ID = "[0-9a-f]{24}";

    private ElectionApi() {
    }

    record NewElection(@NotBlank @Size(max = 80) String title,
            @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = ID) String> candidatePostIds,
            @NotNull @Min(1) @Max(50) Integer seats) {
    }

    record Ballot(@NotNull @Size(max = 50) List<@NotNull @Pattern(regexp = ID) String> choices) {
    }

    record RuleSetting(@NotNull WinningRule winningRule) {
    }

    /** The tally and winners are shown once the election is closed (results published). */
    record ElectionView(String id, String title, List<Election.Candidate> candidates, int seats, WinningRule rule,
            Election.Status status, Instant openedAt, Instant closedAt, int ballots, Map<String, Integer> tally,
            List<String> winners) {

        static ElectionView of(Election e) {
            boolean published = e.status() == Election.Status.CLOSED;
            return new ElectionView(e.id(), e.title(), e.candidates(), e.seats(), e.rule(), e.status(), e.openedAt(),
                    e.closedAt(), e.ballots(), published ? e.tally() : null, published ? e.winners() : null);
        }
    }
}
