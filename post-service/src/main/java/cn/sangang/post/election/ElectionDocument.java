package cn.sangang.post.election;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.platform.outbox.AggregateDocument;
import cn.sangang.post.election.domain.Election;
import cn.sangang.post.election.domain.WinningRule;

/**
 * How an {@link Election} is kept. A live ballot changes {@code voters}, {@code ballots} and {@code tally} in one
 * conditional update of this document (see {@code ElectionService.vote}), never by loading and saving it.
 */
@Document("elections")
@CompoundIndex(name = "bureau_status", def = "{'bureauId': 1, 'status': 1}")
class ElectionDocument extends AggregateDocument {

    private String title;
    private List<Election.Candidate> candidates = new ArrayList<>();
    private int seats;
    private WinningRule rule;
    private Election.Status status;
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

    private ElectionDocument(String id, String bureauId) {
        super(id, bureauId);
    }

    /** An election not kept before. */
    static ElectionDocument of(Election election) {
        ElectionDocument document = new ElectionDocument(election.id(), election.bureauId());
        document.keep(election);
        return document;
    }

    Election toElection() {
        return new Election(getId(), getBureauId(), title, candidates, seats, rule, status, openedBy, openedAt, voters,
                tally, ballots, winners, closedBy, closedAt, applied);
    }

    /** Takes the election's state after a change, keeping this document's version and outbox. */
    void keep(Election election) {
        title = election.title();
        candidates = new ArrayList<>(election.candidates());
        seats = election.seats();
        rule = election.rule();
        status = election.status();
        openedBy = election.openedBy();
        openedAt = election.openedAt();
        voters = new ArrayList<>(election.voters());
        tally = new HashMap<>(election.tally());
        ballots = election.ballots();
        winners = new ArrayList<>(election.winners());
        closedBy = election.closedBy();
        closedAt = election.closedAt();
        applied = election.applied();
    }
}
