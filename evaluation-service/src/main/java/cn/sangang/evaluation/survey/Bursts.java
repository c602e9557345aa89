package cn.sangang.evaluation.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import cn.sangang.evaluation.survey.SurveyApi.Burst;
import cn.sangang.evaluation.survey.domain.Rating;

/**
 * Where many public answers of a survey came from one network within one hour: for the office to judge whether a
 * survey was stuffed (a quota still lets a network answer up to its limit) or simply taken by a room of people
 * together. Counted from the stored answers when asked, so answering costs nothing more.
 */
@Component
class Bursts {

    /** At most this many bursts, the biggest first: enough to see a pattern, small whatever a survey holds. */
    static final int MOST = 100;

    private final MongoOperations mongo;
    private final int threshold;

    Bursts(MongoOperations mongo, BallotProperties properties) {
        this.mongo = mongo;
        this.threshold = properties.burstThreshold();
    }

    List<Burst> of(String bureau, String surveyCode) {
        Document byNetworkAndHour = new Document("source", "$source").append("hour",
                new Document("$dateToString", new Document("format", "%Y-%m-%dT%H").append("date", "$at")));
        List<Document> pipeline = List.of(
                new Document("$match",
                        new Document("bureauId", bureau).append("surveyCode", surveyCode).append("source",
                                new Document("$type", "string"))),
                new Document("$group", new Document("_id", byNetworkAndHour).append("answers", new Document("$sum", 1))
                        .append("first", new Document("$min", "$at")).append("last", new Document("$max", "$at"))
                        .append(Rating.SATISFIED.name(), countOf(Rating.SATISFIED))
                        .append(Rating.BASICALLY_SATISFIED.name(), countOf(Rating.BASICALLY_SATISFIED))
                        .append(Rating.DISSATISFIED.name(), countOf(Rating.DISSATISFIED))),
                new Document("$match", new Document("answers", new Document("$gte", threshold))),
                new Document("$sort", new Document("answers", -1)), new Document("$limit", MOST));
        List<Burst> bursts = new ArrayList<>();
        for (Document group : mongo.getCollection(mongo.getCollectionName(AnswerDocument.class)).aggregate(pipeline)) {
            Document id = group.get("_id", Document.class);
            bursts.add(new Burst(id.getString("source"), Instant.parse(id.getString("hour") + ":00:00Z"),
                    number(group, "answers"), group.getDate("first").toInstant(), group.getDate("last").toInstant(),
                    number(group, Rating.SATISFIED.name()), number(group, Rating.BASICALLY_SATISFIED.name()),
                    number(group, Rating.DISSATISFIED.name())));
        }
        bursts.sort(
                Comparator.comparing(Burst::hour).thenComparing(Comparator.comparingLong(Burst::answers).reversed()));
        return bursts;
    }

    private static Document countOf(Rating rating) {
        return new Document("$sum",
                new Document("$cond", List.of(new Document("$eq", List.of("$rating", rating.name())), 1, 0)));
    }

    private static long number(Document group, String field) {
        Object n = group.get(field);
        return n == null ? 0 : ((Number) n).longValue();
    }
}
