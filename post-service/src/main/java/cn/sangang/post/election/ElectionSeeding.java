package cn.sangang.post.election;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.sangang.events.Quarter;
import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.security.Caller;
import cn.sangang.post.post.Posts;

/**
 * Past elections of the demo data: held by the rules of a live one (nominated individual candidates, one ballot per
 * party member, the bureau's winning rule) but opened and closed at given times, so that the posts they establish
 * date from then. The audit entries say when the seeding happened and that it is demo data.
 */
@Component
public class ElectionSeeding {

    private static final Logger log = LoggerFactory.getLogger(ElectionSeeding.class);

    private final ElectionService service;
    private final ElectionRepository elections;
    private final MongoOperations mongo;
    private final Posts posts;
    private final ChangeRecorder recorder;

    ElectionSeeding(ElectionService service, ElectionRepository elections, MongoOperations mongo, Posts posts,
                    ChangeRecorder recorder) {
        this.service = service;
        this.elections = elections;
        this.mongo = mongo;
        this.posts = posts;
        this.recorder = recorder;
    }

    /** How many elections the demo seeding has held in the bureau so far. */
    public long heldBy(String bureau, String seeder) {
        return mongo.count(Query.query(Criteria.where("bureauId").is(bureau).and("openedBy").is(seeder)),
            ElectionDocument.class);
    }

    /**
     * A closed election of {@code candidatePostIds} for as many seats, in which each of {@code voters} chose every
     * candidate; its result is applied at once (or, should that fail, by the election applier). Returns its id.
     */
    public String closed(Caller secretary, String title, List<String> candidatePostIds, List<String> voters,
                         Instant openedAt, Instant closedAt) {
        String bureau = secretary.bureau();
        ElectionDocument election = new ElectionDocument(bureau, title, posts.candidates(bureau, candidatePostIds),
            candidatePostIds.size(), service.rule(bureau), secretary.member(), openedAt);
        voters.forEach(voter -> election.counted(voter, candidatePostIds));
        election.close(secretary.member(), closedAt);
        recorder.audit(election, secretary, "election.closed", "演示数据", "演示数据：民主推选 " + title + "，"
            + voters.size() + " 名党员投票，当选 " + election.winners().size() + " 个，"
            + LocalDate.ofInstant(closedAt, Quarter.BUREAU_TIME) + " 结束");
        ElectionDocument saved = elections.insert(election);
        try {
            service.apply(saved, secretary.member());
        } catch (RuntimeException concurrently) {
            // As after a live close: the election stands, and the scheduled applier establishes its winners.
            log.warn("result of seeded election {} not yet applied: {}", saved.getId(), concurrently.getMessage());
        }
        return saved.getId();
    }
}
