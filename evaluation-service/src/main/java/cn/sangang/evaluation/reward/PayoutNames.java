package cn.sangang.evaluation.reward;

import java.util.HashMap;
import java.util.Map;

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
import cn.sangang.platform.messaging.InboundEvents;

/**
 * The names the payout list prints for each row — people's from the roster's events, posts' titles from their
 * awards — kept here so that writing the rows never waits on another service (unit and bureau names, a handful,
 * are asked of zone-service once before the sheet starts). A name not heard of yet is printed as the person number.
 */
@Component
class PayoutNames {

    private static final String HANDLER = "evaluation-payout-names";
    private static final String NAMES = "payout_names";

    /** What a bureau's sheet needs, read once before it is written. */
    record Names(Map<String, String> people, Map<String, String> posts) {

        String person(String personNo) {
            return personNo == null ? null : people.getOrDefault(personNo, personNo);
        }
    }

    private final InboundEvents inbound;
    private final MongoOperations mongo;

    PayoutNames(InboundEvents inbound, MongoOperations mongo) {
        this.inbound = inbound;
        this.mongo = mongo;
    }

    @KafkaListener(id = "evaluation-payout-names-roster", topics = Topics.ROSTER)
    void roster(ConsumerRecord<String, String> record) {
        inbound.applyOnce(HANDLER, record, EventTypes.MEMBER_CHANGED,
                e -> name(e.bureauId(), "person", e.payload().personNo(), e.payload().name()));
    }

    @KafkaListener(id = "evaluation-payout-names-posts", topics = Topics.POST)
    void posts(ConsumerRecord<String, String> record) {
        inbound.applyOnce(HANDLER, record, EventTypes.POST_AWARDED,
                e -> name(e.bureauId(), "post", e.payload().postId(), e.payload().title()));
    }

    Names of(String bureau) {
        Map<String, String> people = new HashMap<>();
        Map<String, String> posts = new HashMap<>();
        for (Document d : mongo.find(Query.query(Criteria.where("bureauId").is(bureau)), Document.class, NAMES)) {
            (d.getString("kind").equals("post") ? posts : people).put(d.getString("key"), d.getString("name"));
        }
        return new Names(people, posts);
    }

    private void name(String bureau, String kind, String key, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(bureau + ":" + kind + ":" + key)),
                new Update().set("bureauId", bureau).set("kind", kind).set("key", key).set("name", name), NAMES);
    }
}
