package cn.sangang.evaluation.survey;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.evaluation.survey.domain.TargetType;
import cn.sangang.platform.messaging.EventHandlers;
import cn.sangang.platform.messaging.InboundEvents;

/**
 * Which post or zone a plaque code stands for and which pledge a pledge code does, from post-awarded, zone-drawn and
 * pledge-publicized, so the survey link on a plaque or a board page — keyed by public code, never an internal id —
 * finds its surveys. A dissolved zone's plaque comes down and its link finds nothing.
 */
@Component
class PublicTargets {

    private static final String TARGETS = "survey_targets";
    private static final String HANDLER = "evaluation-survey-targets";

    record Target(String bureauId, TargetType type, String targetId) {
    }

    private final InboundEvents inbound;
    private final MongoOperations mongo;

    PublicTargets(InboundEvents inbound, MongoOperations mongo) {
        this.inbound = inbound;
        this.mongo = mongo;
    }

    @KafkaListener(id = "evaluation-survey-targets-posts", topics = Topics.POST)
    void posts(ConsumerRecord<String, String> record) {
        inbound.applyOnce(HANDLER, record, EventTypes.POST_AWARDED, e -> remember(TargetType.POST,
            e.payload().plaqueCode(), e.bureauId(), e.payload().postId()));
    }

    @KafkaListener(id = "evaluation-survey-targets-zones", topics = Topics.ZONE)
    void zones(ConsumerRecord<String, String> record) {
        inbound.applyOnce(HANDLER, record, EventHandlers.on(EventTypes.ZONE_DRAWN, e -> remember(TargetType.ZONE,
                e.payload().plaqueCode(), e.bureauId(), e.payload().zoneId()))
            .and(EventTypes.ZONE_DISSOLVED, e -> forget(TargetType.ZONE, e.payload().plaqueCode(), e.bureauId())));
    }

    @KafkaListener(id = "evaluation-survey-targets-pledges", topics = Topics.PLEDGE)
    void pledges(ConsumerRecord<String, String> record) {
        inbound.applyOnce(HANDLER, record, EventTypes.PLEDGE_PUBLICIZED, e -> remember(TargetType.PLEDGE,
            e.payload().publicCode(), e.bureauId(), e.payload().pledgeId()));
    }

    Optional<Target> byCode(TargetType type, String publicCode) {
        Document found = mongo.findById(type + ":" + publicCode, Document.class, TARGETS);
        return Optional.ofNullable(found)
            .map(d -> new Target(d.getString("bureauId"), type, d.getString("targetId")));
    }

    private void forget(TargetType type, String publicCode, String bureauId) {
        mongo.remove(Query.query(Criteria.where("_id").is(type + ":" + publicCode).and("bureauId").is(bureauId)), TARGETS);
    }

    private void remember(TargetType type, String publicCode, String bureauId, String targetId) {
        if (publicCode != null) {
            mongo.upsert(Query.query(Criteria.where("_id").is(type + ":" + publicCode)),
                new Update().set("bureauId", bureauId).set("targetId", targetId), TARGETS);
        }
    }
}
