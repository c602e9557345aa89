package cn.sangang.evaluation.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import cn.sangang.evaluation.survey.AnswerDocument.TallyState;
import cn.sangang.evaluation.survey.domain.Rating;
import cn.sangang.evaluation.survey.domain.Satisfaction;

/**
 * Each survey's running count per rating, one small document per survey, so a rate is read without touching the
 * answers. An answer is stored COUNTING; counting it takes two single-document steps, each safe to repeat or to
 * lose to a crash:
 * <ol>
 *   <li>the tally adds it only while the answer's id is not among the tally's {@code pending} ids, and records it
 *   there in the same update — so no second attempt can add it again;</li>
 *   <li>the answer is marked COUNTED, then its id leaves {@code pending}.</li>
 * </ol>
 * An answer a crash left COUNTING is finished by {@link #repair} once it is old enough; ids it finishes stay in
 * {@code pending}, so that a request that only stalled cannot add its answer a second time later.
 * <p>
 * The same step keeps the survey's latest opinions in the tally, so the office's results never search the
 * answers, however many there are.
 */
@Component
class Tally {

    private static final String TALLIES = "survey_tallies";
    private static final String LATEST = "latestOpinions";
    static final int LATEST_OPINIONS = 100;

    /** What a respondent wrote, when and with which rating; never who they are. */
    record Opinion(Rating rating, String opinion, Instant at) {
    }

    private final MongoOperations mongo;

    Tally(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** A survey's tally exists from its creation, so every later step is a plain conditional update. */
    void open(String surveyCode, String bureauId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(surveyCode)), new Update().setOnInsert("bureauId", bureauId)
                .setOnInsert("pending", List.of()).setOnInsert(LATEST, List.of()), TALLIES);
    }

    void count(AnswerDocument answer, Instant now) {
        add(answer, now);
        mark(answer.id());
        mongo.updateFirst(byId(answer.surveyCode()), new Update().pull("pending", answer.id()), TALLIES);
    }

    /** Finishes the counting of answers stored before {@code before} that a crash or stall left unfinished. */
    int repair(Instant before, Instant now) {
        List<AnswerDocument> unfinished = mongo.find(
                Query.query(Criteria.where("tally").is(TallyState.COUNTING).and("at").lt(before)).limit(1000),
                AnswerDocument.class);
        for (AnswerDocument answer : unfinished) {
            add(answer, now);
            mark(answer.id());
        }
        return unfinished.size();
    }

    Satisfaction of(String surveyCode) {
        Document tally = mongo.findById(surveyCode, Document.class, TALLIES);
        return tally == null
                ? new Satisfaction(0, 0, 0)
                : new Satisfaction(number(tally, Rating.SATISFIED), number(tally, Rating.BASICALLY_SATISFIED),
                        number(tally, Rating.DISSATISFIED));
    }

    /**
     * The survey's latest opinions, newest first; empty when its tally was opened before the tally kept them (an
     * older survey), so the caller may look them up in the answers instead.
     */
    Optional<List<Opinion>> latestOpinions(String surveyCode) {
        Document tally = mongo.findById(surveyCode, Document.class, TALLIES);
        if (tally == null || !tally.containsKey(LATEST)) {
            return Optional.empty();
        }
        List<Opinion> latest = new ArrayList<>(tally.getList(LATEST, Document.class).stream()
                .map(o -> new Opinion(Rating.valueOf(o.getString("rating")), o.getString("opinion"),
                        o.getDate("at").toInstant()))
                .toList());
        Collections.reverse(latest);
        return Optional.of(latest);
    }

    /** The surveys whose tally changed at or after {@code since}. */
    List<String> changedSince(Instant since) {
        return mongo.findDistinct(Query.query(Criteria.where("changedAt").gte(since)), "_id", TALLIES, String.class);
    }

    private void add(AnswerDocument answer, Instant now) {
        Query notYetAdded = Query.query(Criteria.where("_id").is(answer.surveyCode()).and("pending").ne(answer.id()));
        Update addition = new Update().inc(answer.rating().name(), 1).push("pending", answer.id()).set("changedAt",
                now);
        if (answer.opinion() != null) {
            addition.push(LATEST).slice(-LATEST_OPINIONS).each(new Document("rating", answer.rating().name())
                    .append("opinion", answer.opinion()).append("at", Date.from(answer.at())));
        }
        if (mongo.updateFirst(notYetAdded, addition, TALLIES).getMatchedCount() == 0
                && !mongo.exists(byId(answer.surveyCode()), TALLIES)) {
            open(answer.surveyCode(), answer.bureauId());
            mongo.updateFirst(notYetAdded, addition, TALLIES);
        }
    }

    private void mark(String answerId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(answerId)), Update.update("tally", TallyState.COUNTED),
                AnswerDocument.class);
    }

    private static Query byId(String surveyCode) {
        return Query.query(Criteria.where("_id").is(surveyCode));
    }

    private static long number(Document tally, Rating rating) {
        Object n = tally.get(rating.name());
        return n == null ? 0 : ((Number) n).longValue();
    }
}
