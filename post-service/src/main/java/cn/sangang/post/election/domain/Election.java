package cn.sangang.post.election.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.ForbiddenException;
import cn.sangang.platform.problem.RuleViolationException;

/**
 * A democratic election (民主推选) of individual model posts, with its rules: distinct candidates, no more seats than
 * candidates, one valid ballot per party member while it is open, and the result by the bureau's {@link WinningRule}
 * when it closes. Who voted ({@code voters}) and how the votes fell ({@code tally}) are kept apart and never linked,
 * so the ballot is secret.
 */
public final class Election {

    public enum Status {
        OPEN, CLOSED
    }

    /** A candidate as the ballot shows it: a nominated individual post. */
    public record Candidate(String postId, String title, String holderName) {
    }

    private final String id;
    private final String bureauId;
    private final String title;
    private final List<Candidate> candidates;
    private final int seats;
    private final WinningRule rule;
    private Status status;
    private final String openedBy;
    private final Instant openedAt;
    private final List<String> voters;
    private final Map<String, Integer> tally;
    private int ballots;
    private List<String> winners;
    private String closedBy;
    private Instant closedAt;
    private final boolean applied;

    /** An election as it was kept: every part of its state. */
    public Election(String id, String bureauId, String title, List<Candidate> candidates, int seats, WinningRule rule,
            Status status, String openedBy, Instant openedAt, List<String> voters, Map<String, Integer> tally,
            int ballots, List<String> winners, String closedBy, Instant closedAt, boolean applied) {
        this.id = id;
        this.bureauId = bureauId;
        this.title = title;
        this.candidates = candidates == null ? new ArrayList<>() : new ArrayList<>(candidates);
        this.seats = seats;
        this.rule = rule;
        this.status = status;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.voters = voters == null ? new ArrayList<>() : new ArrayList<>(voters);
        this.tally = tally == null ? new HashMap<>() : new HashMap<>(tally);
        this.ballots = ballots;
        this.winners = winners == null ? new ArrayList<>() : new ArrayList<>(winners);
        this.closedBy = closedBy;
        this.closedAt = closedAt;
        this.applied = applied;
    }

    /** What opening is refused for before the candidates are looked up: one listed twice, more seats than candidates. */
    public static void requireCandidates(List<String> candidatePostIds, int seats) {
        if (new HashSet<>(candidatePostIds).size() != candidatePostIds.size()) {
            throw new RuleViolationException("election.candidate-twice");
        }
        if (seats > candidatePostIds.size()) {
            throw new RuleViolationException("election.more-seats-than-candidates");
        }
    }

    /** Opens an election of {@code candidates} for {@code seats}, decided by the bureau's {@code rule} as it stands now. */
    public static Election open(String id, String bureauId, String title, List<Candidate> candidates, int seats,
            WinningRule rule, String openedBy, Instant openedAt) {
        requireCandidates(candidates.stream().map(Candidate::postId).toList(), seats);
        Map<String, Integer> tally = new HashMap<>();
        candidates.forEach(c -> tally.put(c.postId(), 0));
        return new Election(id, bureauId, title.strip(), candidates, seats, rule, Status.OPEN, openedBy, openedAt,
                List.of(), tally, 0, List.of(), null, null, false);
    }

    /** A ballot counts while the election is open: distinct candidates of this election, no more than the seats. */
    public void requireBallot(List<String> choices) {
        requireOpen();
        if (new HashSet<>(choices).size() != choices.size() || choices.size() > seats) {
            throw new RuleViolationException("election.ballot-invalid", Map.of("seats", seats));
        }
        if (!candidateIds().containsAll(choices)) {
            throw new RuleViolationException("election.ballot-unknown-candidate");
        }
    }

    /** Only an active party member of the bureau votes. */
    public static void requireVoter(boolean partyMember, boolean active) {
        if (!partyMember || !active) {
            throw new ForbiddenException("election.not-party-member");
        }
    }

    /**
     * A ballot counted in the election itself — for a seeded past election (demo data), before its one insert; ballots
     * of a live election are counted by one conditional update of the store, so two at once cannot both count.
     */
    public void counted(String voter, List<String> choices) {
        requireBallot(choices);
        if (voters.contains(voter)) {
            throw new ConflictException("election.already-voted");
        }
        voters.add(voter);
        ballots++;
        choices.forEach(choice -> tally.merge(choice, 1, Integer::sum));
    }

    /** Closes the election: its winners, by its rule, from the tally as it stands. */
    public void close(String by, Instant at) {
        requireOpen();
        status = Status.CLOSED;
        closedBy = by;
        closedAt = at;
        winners = new ArrayList<>(rule.winners(tally, ballots, seats));
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new ConflictException("election.closed");
        }
    }

    public boolean hasVoted(String personNo) {
        return voters.contains(personNo);
    }

    public List<String> candidateIds() {
        return candidates.stream().map(Candidate::postId).toList();
    }

    public String id() {
        return id;
    }

    public String bureauId() {
        return bureauId;
    }

    public String title() {
        return title;
    }

    public List<Candidate> candidates() {
        return List.copyOf(candidates);
    }

    public int seats() {
        return seats;
    }

    public WinningRule rule() {
        return rule;
    }

    public Status status() {
        return status;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public List<String> voters() {
        return List.copyOf(voters);
    }

    public Map<String, Integer> tally() {
        return Map.copyOf(tally);
    }

    public int ballots() {
        return ballots;
    }

    public List<String> winners() {
        return List.copyOf(winners);
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    /** Whether the winners have been established (the result applied to the posts). */
    public boolean applied() {
        return applied;
    }
}
