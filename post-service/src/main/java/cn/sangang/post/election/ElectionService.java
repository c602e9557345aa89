package cn.sangang.post.election;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import cn.sangang.events.Quarter;
import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.schedule.LeasedJobs;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.post.election.domain.Election;
import cn.sangang.post.election.domain.WinningRule;
import cn.sangang.post.post.Posts;
import cn.sangang.post.roster.Roster;

/**
 * Elections of individual model posts: the secretary opens and closes them; every party member of the bureau
 * votes once, secretly. Closing records the result in the election; establishing the winners follows, and is
 * repeated until done should the service stop in between.
 */
@Service
class ElectionService {

    private static final Logger log = LoggerFactory.getLogger(ElectionService.class);

    /** Far longer than an opening takes from its slot to its stored election (milliseconds). */
    private static final Duration OPENING_AT_MOST = Duration.ofMinutes(1);

    private final ElectionRepository elections;
    private final MongoOperations mongo;
    private final Posts posts;
    private final Roster roster;
    private final ChangeRecorder recorder;
    private final LeasedJobs jobs;

    ElectionService(ElectionRepository elections, MongoOperations mongo, Posts posts, Roster roster,
            ChangeRecorder recorder, LeasedJobs jobs) {
        this.elections = elections;
        this.mongo = mongo;
        this.posts = posts;
        this.roster = roster;
        this.recorder = recorder;
        this.jobs = jobs;
    }

    WinningRule rule(String bureau) {
        ElectionSettingsDocument settings = mongo.findById(bureau, ElectionSettingsDocument.class);
        return settings == null ? WinningRule.MAJORITY : settings.winningRule();
    }

    WinningRule setRule(Caller caller, WinningRule rule) {
        String bureau = caller.bureauAs(Role.SECRETARY);
        if (!elections.findByBureauIdAndStatus(bureau, Election.Status.OPEN).isEmpty()) {
            throw new ConflictException("election.rule-locked");
        }
        Update change = new Update().set("bureauId", bureau).set("winningRule", rule);
        mongo.upsert(Query.query(Criteria.where("_id").is(bureau)), recorder.auditing(change, bureau,
                "ElectionSettings", bureau, caller, "election.rule-set", "推选规则改为 " + rule),
                ElectionSettingsDocument.class);
        return rule;
    }

    Election open(Caller caller, String title, List<String> candidatePostIds, int seats) {
        String bureau = caller.bureauAs(Role.SECRETARY);
        Election.requireCandidates(candidatePostIds, seats);
        Election election = Election.open(new ObjectId().toHexString(), bureau, title,
                candidates(bureau, candidatePostIds), seats, rule(bureau), caller.member(), recorder.now());
        takeSlot(bureau, election.id());
        ElectionDocument document = ElectionDocument.of(election);
        recorder.audit(document, caller, "election.opened", null, "开始民主推选 " + title + "，" + seats + " 个名额");
        try {
            elections.insert(document);
        } catch (RuntimeException notStored) {
            freeSlot(bureau, election.id());
            throw notStored;
        }
        return election;
    }

    /**
     * A closed past election of the demo data, in which each of {@code voters} chose every candidate; its result is
     * applied at once (or, should that fail, by the scheduled applier).
     */
    Election seedClosed(Caller secretary, String title, List<String> candidatePostIds, List<String> voters,
            Instant openedAt, Instant closedAt) {
        String bureau = secretary.bureau();
        Election election = Election.open(new ObjectId().toHexString(), bureau, title,
                candidates(bureau, candidatePostIds), candidatePostIds.size(), rule(bureau), secretary.member(),
                openedAt);
        voters.forEach(voter -> election.counted(voter, candidatePostIds));
        election.close(secretary.member(), closedAt);
        ElectionDocument document = ElectionDocument.of(election);
        recorder.audit(document, secretary, "election.closed", "演示数据",
                "演示数据：民主推选 " + title + "，" + voters.size() + " 名党员投票，当选 " + election.winners().size() + " 个，"
                        + LocalDate.ofInstant(closedAt, Quarter.BUREAU_TIME) + " 结束");
        elections.insert(document);
        try {
            apply(election, secretary.member());
        } catch (RuntimeException concurrently) {
            // As after a live close: the election stands, and the scheduled applier establishes its winners.
            log.warn("result of seeded election {} not yet applied: {}", election.id(), concurrently.getMessage());
        }
        return election;
    }

    private List<Election.Candidate> candidates(String bureau, List<String> candidatePostIds) {
        return posts.candidates(bureau, candidatePostIds).stream()
                .map(c -> new Election.Candidate(c.postId(), c.title(), c.holderName())).toList();
    }

    /** One open election per bureau at a time, so no nomination can stand in two. */
    private void takeSlot(String bureau, String electionId) {
        Instant now = recorder.now();
        try {
            mongo.insert(new ElectionSlotDocument(bureau, electionId, now));
            return;
        } catch (DuplicateKeyException taken) {
            ElectionSlotDocument slot = mongo.findById(bureau, ElectionSlotDocument.class);
            if (slot != null && stale(slot, now) && mongo
                    .updateFirst(Query.query(Criteria.where("_id").is(bureau).and("electionId").is(slot.electionId())),
                            new Update().set("electionId", electionId).set("takenAt", now), ElectionSlotDocument.class)
                    .getModifiedCount() == 1) {
                return;
            }
        }
        throw new ConflictException("election.already-open");
    }

    private void freeSlot(String bureau, String electionId) {
        mongo.remove(Query.query(Criteria.where("_id").is(bureau).and("electionId").is(electionId)),
                ElectionSlotDocument.class);
    }

    /**
     * Held by a closed election, or by one whose opening failed after it took the slot. A slot is taken just before
     * its election is stored, so a young slot without its election is an opening still under way, not a stale one:
     * taking it over let two openings at the same moment both succeed.
     */
    private boolean stale(ElectionSlotDocument slot, Instant now) {
        return elections.findById(slot.electionId()).map(e -> e.toElection().status() != Election.Status.OPEN)
                .orElseGet(() -> slot.takenAt() == null || slot.takenAt().isBefore(now.minus(OPENING_AT_MOST)));
    }

    /** One ballot per party member per election; it records that the member voted and adds to the tally, apart. */
    void vote(Caller caller, String electionId, List<String> choices) {
        String bureau = caller.bureauAs(Role.MEMBER);
        election(bureau, electionId).requireBallot(choices);
        Roster.Person voter = roster.person(caller.member());
        Election.requireVoter(voter.partyMember(), voter.active());
        Update ballot = new Update().push("voters", voter.personNo()).inc("ballots", 1);
        choices.forEach(choice -> ballot.inc("tally." + choice, 1));
        // The ballot's audit entry names no voter: written with the tally, it would link a voter to a choice.
        recorder.auditing(ballot, bureau, "Election", electionId, new Caller(bureau, "secret-ballot", Set.of()),
                "election.voted", "一张选票");
        Query stillOpenAndNotVoted = Query.query(Criteria.where("_id").is(electionId).and("bureauId").is(bureau)
                .and("status").is(Election.Status.OPEN).and("voters").ne(voter.personNo()));
        if (mongo.findAndModify(stillOpenAndNotVoted, ballot, FindAndModifyOptions.none(),
                ElectionDocument.class) == null) {
            throw election(bureau, electionId).hasVoted(voter.personNo())
                    ? new ConflictException("election.already-voted")
                    : new ConflictException("election.closed");
        }
    }

    Election close(Caller caller, String electionId) {
        String bureau = caller.bureauAs(Role.SECRETARY);
        ElectionDocument document = document(bureau, electionId);
        Election election = document.toElection();
        election.close(caller.member(), recorder.now());
        recorder.audit(document, caller, "election.closed", null,
                "结束民主推选 " + election.title() + "，当选 " + election.winners().size() + " 个");
        document.keep(election);
        elections.save(document);
        freeSlot(bureau, election.id());
        try {
            apply(election, caller.member());
        } catch (RuntimeException concurrently) {
            // The close stands; the scheduled applier finishes establishing the winners.
            log.warn("result of election {} not yet applied: {}", election.id(), concurrently.getMessage());
        }
        return election;
    }

    /**
     * Establishes the winners of elections that closed but whose result was not yet applied (e.g. after a crash), on
     * one replica under a lease: replicas applying the same result at once would race to establish the same posts.
     */
    @Scheduled(fixedDelayString = "${sangang.elections.apply-every:60s}")
    void scheduledApply() {
        jobs.runExclusively("post-election-apply", Duration.ofMinutes(5), this::applyPending);
    }

    void applyPending() {
        for (ElectionDocument document : elections.findByStatusAndAppliedFalse(Election.Status.CLOSED)) {
            Election election = document.toElection();
            try {
                apply(election, election.closedBy());
            } catch (RuntimeException e) {
                log.warn("result of election {} not yet applied: {}", election.id(), e.getMessage());
            }
        }
    }

    private void apply(Election election, String closedBy) {
        posts.applyResult(election.bureauId(), election.id(), election.candidateIds(), election.winners(),
                new Caller(election.bureauId(), closedBy, Set.of(Role.SECRETARY)), election.closedAt());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(election.id())), new Update().set("applied", true),
                ElectionDocument.class);
    }

    /** The bureau's elections, the latest first. */
    List<Election> list(String bureau) {
        return elections.findByBureauIdOrderByOpenedAtDesc(bureau).stream().map(ElectionDocument::toElection).toList();
    }

    Election election(String bureau, String id) {
        return document(bureau, id).toElection();
    }

    private ElectionDocument document(String bureau, String id) {
        return elections.findByBureauIdAndId(bureau, id)
                .orElseThrow(() -> new NotFoundException("election.not-found", Map.of("electionId", id)));
    }
}
