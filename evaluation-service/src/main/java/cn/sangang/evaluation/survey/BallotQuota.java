package cn.sangang.evaluation.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import cn.sangang.events.Quarter;
import cn.sangang.platform.problem.DomainException;
import cn.sangang.platform.problem.Refusal;

/**
 * How many tickets each network has had of each survey today, in the store so that every replica counts the same.
 * A counter's id names its survey, network and day, so a day's count is right even where the store never deletes
 * expired counters; where it does (MongoDB's TTL index), yesterday's go by themselves.
 */
@Component
class BallotQuota {

    /** Attempts to count when two requests race to create the same counter; the loser then finds it. */
    private static final int ATTEMPTS = 3;

    @Document("ballot_counts")
    record BallotCountDocument(@Id String id, String bureauId, String surveyCode, String source, String day, int count,
            @Indexed(name = "expiry", expireAfter = "0s") Instant expiresAt) {
    }

    /** A network has had all the tickets of a survey it gets today: 429. */
    static final class Reached extends DomainException {

        Reached() {
            super(Refusal.TOO_MANY, "survey.network-quota-reached", Map.of());
        }
    }

    private final MongoOperations mongo;
    private final Clock clock;
    private final int perPrefix;

    BallotQuota(MongoOperations mongo, Clock clock, BallotProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.perPrefix = properties.perPrefix();
    }

    /**
     * Counts one ticket of the survey for the network {@code source}, or refuses it without counting anything. One
     * conditional upsert: it matches only a counter below the quota, so at the quota it tries to create the counter
     * again and the store refuses the duplicate id.
     */
    void take(SurveyDocument survey, String source) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), Quarter.BUREAU_TIME);
        String id = survey.code() + ":" + source + ":" + day;
        Query belowQuota = Query.query(Criteria.where("_id").is(id).and("count").lt(perPrefix));
        Update count = new Update().inc("count", 1).setOnInsert("bureauId", survey.getBureauId())
                .setOnInsert("surveyCode", survey.code()).setOnInsert("source", source)
                .setOnInsert("day", day.toString())
                .setOnInsert("expiresAt", day.plusDays(1).atStartOfDay(Quarter.BUREAU_TIME).toInstant());
        for (int attempt = 1;; attempt++) {
            try {
                mongo.upsert(belowQuota, count, BallotCountDocument.class);
                return;
            } catch (DuplicateKeyException atQuotaOrRace) {
                BallotCountDocument counter = mongo.findById(id, BallotCountDocument.class);
                if (attempt == ATTEMPTS || counter != null && counter.count() >= perPrefix) {
                    throw new Reached();
                }
            }
        }
    }
}
