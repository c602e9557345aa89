package cn.sangang.platform.messaging;

import java.util.Date;
import java.util.Locale;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
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
        super(inbound, targetType.toLowerCase(Locale.ROOT) + "-satisfaction");
        this.mongo = mongo;
        this.targetType = targetType;
        this.collection = targetType.toLowerCase(Locale.ROOT) + "_satisfaction";
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
            if (mongo
                    .updateFirst(Query.query(Criteria.where("_id").is(id).and("answers").lt(rated.answers())), report,
                            collection)
                    .getMatchedCount() == 0 && !mongo.exists(Query.query(Criteria.where("_id").is(id)), collection)) {
                mongo.insert(new Document("_id", id).append("bureauId", event.bureauId())
                        .append("targetId", rated.targetId()).append("quarter", rated.quarter())
                        .append("answers", rated.answers()).append("ratePercent", rated.ratePercent())
                        .append("reportedAt", Date.from(event.occurredAt())), collection);
            }
        });
    }
}
