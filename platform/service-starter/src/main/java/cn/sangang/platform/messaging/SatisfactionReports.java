package cn.sangang.platform.messaging;

import java.util.Locale;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.evaluation.SatisfactionRated;

/**
 * Keeps evaluation-service's satisfaction reports about the service's kind of target ({@code sangang.satisfaction
 * .target-type}, e.g. {@code POST}) in the collection {@code <kind>_satisfaction}, applied once under the handler
 * {@code <kind>-satisfaction} — one document per bureau, target and quarter: {@code _id} {@code bureau:target:quarter},
 * with {@code bureauId}, {@code targetId}, {@code quarter}, {@code answers}, {@code ratePercent}, {@code reportedAt}. A
 * report counting fewer answers than the one kept is older and changes nothing, so redelivery and reordering cannot
 * turn a result back.
 */
public class SatisfactionReports extends InboundHandler {

    private final MongoOperations mongo;
    private final String targetType;
    private final String collection;

    public SatisfactionReports(InboundEvents inbound, MongoOperations mongo, String targetType) {
        super(inbound, kind(targetType) + "-satisfaction");
        this.mongo = mongo;
        this.targetType = targetType;
        this.collection = kind(targetType) + "_satisfaction";
    }

    private static String kind(String targetType) {
        return targetType.toLowerCase(Locale.ROOT);
    }

    @KafkaListener(topics = Topics.EVALUATION)
    public void on(ConsumerRecord<String, String> record) {
        apply(record, EventTypes.SATISFACTION_RATED, event -> {
            SatisfactionRated rated = event.payload();
            if (!rated.targetType().equals(targetType)) {
                return;
            }
            String id = event.bureauId() + ":" + rated.targetId() + ":" + rated.quarter();
            Update report = new Update().set("bureauId", event.bureauId()).set("targetId", rated.targetId())
                    .set("quarter", rated.quarter()).set("answers", rated.answers())
                    .set("ratePercent", rated.ratePercent()).set("reportedAt", event.occurredAt());
            try {
                mongo.upsert(Query.query(Criteria.where("_id").is(id).and("answers").lt(rated.answers())), report,
                        collection);
            } catch (DuplicateKeyException newerKept) {
                // The report kept counts as many answers or more: this one is older, or the same delivered again.
            }
        });
    }
}
