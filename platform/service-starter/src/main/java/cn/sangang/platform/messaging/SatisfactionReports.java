package cn.sangang.platform.messaging;

import java.util.Date;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import cn.sangang.events.EventTypes;
import cn.sangang.events.evaluation.SatisfactionRated;

/**
 * Keeps evaluation-service's satisfaction reports about one kind of target in a collection of the consuming
 * service — one document per bureau, target and quarter: {@code _id} {@code bureau:target:quarter}, with
 * {@code bureauId}, {@code targetId}, {@code quarter}, {@code answers}, {@code ratePercent}, {@code reportedAt}. A
 * report counting fewer answers than the one kept is older and changes nothing, so redelivery and reordering
 * cannot turn a result back.
 */
public class SatisfactionReports {

    private final InboundEvents inbound;
    private final MongoOperations mongo;

    public SatisfactionReports(InboundEvents inbound, MongoOperations mongo) {
        this.inbound = inbound;
        this.mongo = mongo;
    }

    public void keep(String handler, ConsumerRecord<String, String> record, String targetType, String collection) {
        inbound.applyOnce(handler, record, EventTypes.SATISFACTION_RATED, event -> {
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
