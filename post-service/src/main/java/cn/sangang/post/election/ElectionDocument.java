package cn.sangang.post.election;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.platform.outbox.AggregateDocument;
import cn.sangang.post.election.domain.WinningRule;
import cn.sangang.post.post.Posts;

/**
 * A democratic election (民主推选) of individual model posts. Who voted ({@code voters}) and how the votes fell
 * ({@code tally}) are kept apart and never linked, so the ballot is secret; a vote changes both in one update.
 */
@Document("elections")
@CompoundIndex(name = "bureau_status", def = "{'bureauId': 1, 'status': 1}")
class ElectionDocument extends AggregateDocument {

    enum Status { OPEN, CLOSED }

    private String title;
    private List<Posts.Candidate> candidates = new ArrayList<>();
    private int seats;
    private WinningRule rule;
    private Status status;
    private String openedBy;
    private Instant openedAt;
    private List<String> voters = new ArrayList<>();
    private Map<String, Integer> tally = new HashMap<>();
    private int ballots;
    private List<String> winners = new ArrayList<>();
    private String closedBy;
    private Instant closedAt;
    private boolean applied;

    ElectionDocument() {
    }

    ElectionDocument(String bureauId, String title, List<Posts.Candidate> candidates, int seats, WinningRule rule,
                     String openedBy, Instant openedAt) {
        super(bureauId);
        this.title = title;
        this.candidates = new ArrayList<>(candidates);
        this.seats = seats;
        this.rule = rule;
        this.status = Status.OPEN;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        candidates.forEach(c -> tally.put(c.postId(), 0));
    }

    void close(String by, Instant at) {
        status = Status.CLOSED;
        closedBy = by;
        closedAt = at;
        winners = new ArrayList<>(rule.winners(tally, ballots, seats));
    }

    void applied() {
        applied = true;
    }

    /**
     * A ballot of a seeded past election (demo data), counted in the document before its one insert; ballots of a
     * live election go through {@code ElectionService.vote}'s conditional update instead.
     */
    void counted(String voter, List<String> choices) {
        voters.add(voter);
        ballots++;
        choices.forEach(choice -> tally.merge(choice, 1, Integer::sum));
    }

    List<String> candidateIds() {
        return candidates.stream().map(Posts.Candidate::postId).toList();
    }

    ElectionController.ElectionView view(boolean showTally) {
        return new ElectionController.ElectionView(getId(), title, candidates, seats, rule, status, openedAt, closedAt,
            ballots, showTally ? Map.copyOf(tally) : null, showTally ? List.copyOf(winners) : null);
    }

    String title() {
        return title;
    }

    Status status() {
        return status;
    }

    Instant openedAt() {
        return openedAt;
    }

    List<String> voters() {
        return List.copyOf(voters);
    }

    int seats() {
        return seats;
    }

    List<String> winners() {
        return List.copyOf(winners);
    }

    String closedBy() {
        return closedBy;
    }

    Instant closedAt() {
        return closedAt;
    }

    boolean hasVoted(String personNo) {
        return voters.contains(personNo);
    }
}
