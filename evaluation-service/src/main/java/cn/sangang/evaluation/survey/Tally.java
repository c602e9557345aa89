package cn.sangang.evaluation.survey;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * answers. Counting an answer takes three single-document writes, each safe to repeat or to lose to a crash:
 * <ol>
 *   <li>{@link #reserve}: the tally records the answer's id and time among its {@code pending} entries, unless an
 *   entry of that id is there already (the same respondent's answer still in flight);</li>
 *   <li>the answer is stored, or refused by the store as the respondent's second one and its entry
 *   {@linkplain #release released};</li>
 *   <li>{@link #apply}: the tally adds the rating and drops the entry in one update, only while the entry is there,
 *   so no second attempt can add it again.</li>
 * </ol>
 * An entry a crash or a stall left behind is finished by {@link #repair}: applied once its answer is stored,
 * released once it is older than any request could take to store it. The repair reads the tallies and looks
 * answers up by id only: on a store whose secondary indexes are not used (the embedded one), a search of the answers
 * would read every answer ever given.
 * <p>
 * The same step keeps the survey's latest opinions in the tally, so the office's results never search the
 * answers, however many there are.
 */
@Component
class Tally {

    private static final String TALLIES = "survey_tallies";
    private static final String UPGRADES = "survey_tally_upgrades";
    private static final String LEGACY_FINISHED = "counting-answers-finished";
    private static final String LATEST = "latestOpinions";
    static final int LATEST_OPINIONS = 100;

    /** What a respondent wrote, when and with which rating; never who they are. */
    record Opinion(Rating rating, String opinion, Instant at) {
    }

    /** An answer on its way into the count: its id and when it was given (to the millisecond, as stored). */
    record Entry(String answerId, Instant at) {

        Entry {
            at = at.truncatedTo(ChronoUnit.MILLIS);
        }

        Document document() {
            return new Document("id", answerId).append("at", Date.from(at));
        }
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

    /** Records the answer as on its way; false when an answer of the same id is on its way already. */
    boolean reserve(String surveyCode, String bureauId, Entry entry) {
        Query free = Query.query(Criteria.where("_id").is(surveyCode).and("pending.id").ne(entry.answerId()));
        Update reservation = new Update().push("pending", entry.document());
        if (mongo.updateFirst(free, reservation, TALLIES).getMatchedCount() == 1) {
            return true;
        }
        if (mongo.exists(byId(surveyCode), TALLIES)) {
            return false;
        }
        open(surveyCode, bureauId);
        return mongo.updateFirst(free, reservation, TALLIES).getMatchedCount() == 1;
    }

    /** Forgets an entry whose answer was refused or never stored. */
    void release(String surveyCode, Entry entry) {
        mongo.updateFirst(byId(surveyCode), new Update().pull("pending", entry.document()), TALLIES);
    }

    /**
     * Adds the stored answer to the count, unless it was added already; true when this call added it. The entry must
     * be of the answer's own moment: an entry left by a second attempt of a respondent whose earlier answer is
     * stored is never counted for it.
     */
    boolean apply(AnswerDocument answer, Instant now) {
        Entry entry = new Entry(answer.id(), answer.at());
        Query waiting = Query.query(Criteria.where("_id").is(answer.surveyCode()).and("pending")
                .elemMatch(Criteria.where("id").is(entry.answerId()).and("at").is(Date.from(entry.at()))));
        Update addition = new Update().inc(answer.rating().name(), 1).pull("pending", entry.document()).set("changedAt",
                now);
        withLatestOpinion(addition, answer);
        return mongo.updateFirst(waiting, addition, TALLIES).getMatchedCount() == 1;
    }

    /**
     * Finishes the entries older than {@code before}: counts those whose answer is stored and releases those older
     * than {@code abandonedBefore} whose answer never was (or is an earlier one of the same respondent). Returns how
     * many answers it counted.
     */
    int repair(Instant before, Instant abandonedBefore, Instant now) {
        int counted = 0;
        for (Document tally : mongo.find(Query.query(Criteria.where("pending.at").lt(Date.from(before))),
                Document.class, TALLIES)) {
            for (Object pending : tally.getList("pending", Object.class)) {
                if (!(pending instanceof Document waiting) || !waiting.getDate("at").toInstant().isBefore(before)) {
                    continue;
                }
                Entry entry = new Entry(waiting.getString("id"), waiting.getDate("at").toInstant());
                AnswerDocument answer = mongo.findById(entry.answerId(), AnswerDocument.class);
                if (answer != null && apply(answer, now)) {
                    counted++;
                } else if (entry.at().isBefore(abandonedBefore)) {
                    release(tally.getString("_id"), entry);
                }
            }
        }
        return counted;
    }

    /**
     * Counts, once after an upgrade, the answers the earlier scheme stored first and counted after, and a crash left
     * uncounted; that scheme kept the ids it counted in {@code pending}, so none is counted twice.
     */
    int finishEarlierScheme(Instant now) {
        if (mongo.exists(byId(LEGACY_FINISHED), UPGRADES)) {
            return 0;
        }
        List<AnswerDocument> unfinished = mongo.find(Query.query(Criteria.where("tally").is(TallyState.COUNTING)),
                AnswerDocument.class);
        for (AnswerDocument answer : unfinished) {
            Update addition = new Update().inc(answer.rating().name(), 1).push("pending", answer.id()).set("changedAt",
                    now);
            withLatestOpinion(addition, answer);
            mongo.updateFirst(Query.query(Criteria.where("_id").is(answer.surveyCode()).and("pending").ne(answer.id())),
                    addition, TALLIES);
            mongo.updateFirst(byId(answer.id()), Update.update("tally", TallyState.COUNTED), AnswerDocument.class);
        }
        mongo.upsert(byId(LEGACY_FINISHED), Update.update("at", Date.from(now)), UPGRADES);
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

    private static void withLatestOpinion(Update addition, AnswerDocument answer) {
        if (answer.opinion() != null) {
            addition.push(LATEST).slice(-LATEST_OPINIONS).each(new Document("rating", answer.rating().name())
                    .append("opinion", answer.opinion()).append("at", Date.from(answer.at())));
        }
    }

    private static Query byId(String surveyCode) {
        return Query.query(Criteria.where("_id").is(surveyCode));
    }

    private static long number(Document tally, Rating rating) {
        Object n = tally.get(rating.name());
        return n == null ? 0 : ((Number) n).longValue();
    }
}
