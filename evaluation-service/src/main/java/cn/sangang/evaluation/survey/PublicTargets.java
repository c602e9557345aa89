package cn.sangang.evaluation.survey;

import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.sangang.evaluation.survey.domain.TargetType;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.pledge.PledgeKind;
import cn.sangang.events.pledge.PledgePublicized;
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

    /**
     * A target the public can rate, as its event named it; {@code campaignYear} is a pledge's year, 0 otherwise. A
     * target remembered before names were kept goes by its public code.
     */
    record Live(Target target, String publicCode, String name, int campaignYear) {
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
                e.payload().plaqueCode(), e.bureauId(), e.payload().postId(), e.payload().title(), 0));
    }

    @KafkaListener(id = "evaluation-survey-targets-zones", topics = Topics.ZONE)
    void zones(ConsumerRecord<String, String> record) {
        inbound.applyOnce(HANDLER, record,
                EventHandlers.on(EventTypes.ZONE_DRAWN,
                        e -> remember(TargetType.ZONE, e.payload().plaqueCode(), e.bureauId(), e.payload().zoneId(),
                                e.payload().zoneName(), 0))
                        .and(EventTypes.ZONE_DISSOLVED,
                                e -> forget(TargetType.ZONE, e.payload().plaqueCode(), e.bureauId())));
    }

    @KafkaListener(id = "evaluation-survey-targets-pledges", topics = Topics.PLEDGE)
    void pledges(ConsumerRecord<String, String> record) {
        inbound.applyOnce(HANDLER, record, EventTypes.PLEDGE_PUBLICIZED,
                e -> remember(TargetType.PLEDGE, e.payload().publicCode(), e.bureauId(), e.payload().pledgeId(),
                        pledgeName(e.payload()), e.payload().campaignYear()));
    }

    Optional<Target> byCode(TargetType type, String publicCode) {
        Document found = mongo.findById(type + ":" + publicCode, Document.class, TARGETS);
        return Optional.ofNullable(found).map(d -> new Target(d.getString("bureauId"), type, d.getString("targetId")));
    }

    /** Every post with a plaque, zone not dissolved and publicized pledge, of every bureau (revoked posts too). */
    List<Live> all() {
        return mongo.findAll(Document.class, TARGETS).stream().map(d -> {
            String id = d.getString("_id");
            String publicCode = id.substring(id.indexOf(':') + 1);
            TargetType type = TargetType.valueOf(id.substring(0, id.indexOf(':')));
            String name = d.getString("name");
            return new Live(new Target(d.getString("bureauId"), type, d.getString("targetId")), publicCode,
                    name == null || name.isBlank() ? publicCode : name, d.getInteger("campaignYear", 0));
        }).toList();
    }

    private static String pledgeName(PledgePublicized pledge) {
        return pledge.campaignYear() + "年" + (pledge.kind() == PledgeKind.ORGANISATION ? "党组织" : "党员") + "公开承诺（"
                + pledge.publicCode() + "）";
    }

    private void forget(TargetType type, String publicCode, String bureauId) {
        mongo.remove(Query.query(Criteria.where("_id").is(type + ":" + publicCode).and("bureauId").is(bureauId)),
                TARGETS);
    }

    private void remember(TargetType type, String publicCode, String bureauId, String targetId, String name,
            int campaignYear) {
        if (publicCode != null) {
            mongo.upsert(Query.query(Criteria.where("_id").is(type + ":" + publicCode)),
                    new Update().set("bureauId", bureauId).set("targetId", targetId).set("name", name)
                            .set("campaignYear", campaignYear),
                    TARGETS);
        }
    }
}
