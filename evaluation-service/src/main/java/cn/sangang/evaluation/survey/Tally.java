package cn.sangang.evaluation.survey;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import cn.sangang.evaluation.survey.domain.Rating;
import cn.sangang.evaluation.survey.domain.Satisfaction;

/**
 * Each survey's running count per rating, one small document per survey, so a rate is read without touching the
 * answers. An answer is counted right after it is stored; an answer whose count a crash cut off is found by
 * {@link #recount} and the survey's tally set to the exact count — only if no answer was counted meanwhile
 * ({@code rev}), otherwise on the next round.
 */
@Component
class Tally {

    private static final String TALLIES = "survey_tallies";

    private final MongoOperations mongo;

    Tally(MongoOperations mongo) {
        this.mongo = mongo;
    }

    void count(AnswerDocument answer) {
        mongo.upsert(Query.query(Criteria.where("_id").is(answer.surveyCode())),
            new Update().inc(answer.rating().name(), 1).inc("rev", 1).set("changedAt", answer.at())
                .setOnInsert("bureauId", answer.bureauId()),
            TALLIES);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(answer.id())), Update.update("tallied", true),
            AnswerDocument.class);
    }

    Satisfaction of(String surveyCode) {
        Document tally = mongo.findById(surveyCode, Document.class, TALLIES);
        return tally == null ? new Satisfaction(0, 0, 0) : new Satisfaction(number(tally, Rating.SATISFIED),
            number(tally, Rating.BASICALLY_SATISFIED), number(tally, Rating.DISSATISFIED));
    }

    /** The surveys whose tally changed at or after {@code since}. */
    List<String> changedSince(Instant since) {
        return mongo.findDistinct(Query.query(Criteria.where("changedAt").gte(since)), "_id", TALLIES, String.class);
    }

    /** The surveys with answers stored before {@code before} but never counted. */
    List<String> uncounted(Instant before) {
        return mongo.findDistinct(Query.query(Criteria.where("tallied").is(false).and("at").lt(before)), "surveyCode",
            AnswerDocument.class, String.class);
    }

    /** Sets a survey's tally to the exact count of its answers; false when answers were counted meanwhile. */
    boolean recount(String surveyCode, String bureauId, Instant before) {
        Document tally = mongo.findAndModify(Query.query(Criteria.where("_id").is(surveyCode)),
            new Update().setOnInsert("bureauId", bureauId).setOnInsert("rev", 0L),
            FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, TALLIES);
        long rev = ((Number) tally.get("rev")).longValue();
        Update exact = new Update().set("changedAt", before);
        for (Rating rating : Rating.values()) {
            exact.set(rating.name(), mongo.count(Query.query(Criteria.where("surveyCode").is(surveyCode)
                .and("rating").is(rating)), AnswerDocument.class));
        }
        boolean set = mongo.updateFirst(Query.query(Criteria.where("_id").is(surveyCode).and("rev").is(rev)), exact,
            TALLIES).getMatchedCount() == 1;
        if (set) {
            mongo.updateMulti(Query.query(Criteria.where("surveyCode").is(surveyCode).and("tallied").is(false)
                .and("at").lt(before)), Update.update("tallied", true), AnswerDocument.class);
        }
        return set;
    }

    private static long number(Document tally, Rating rating) {
        Object n = tally.get(rating.name());
        return n == null ? 0 : ((Number) n).longValue();
    }
}
