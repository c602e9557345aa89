package cn.sangang.platform.sample;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.platform.messaging.InboundEvents;
import cn.sangang.platform.messaging.InboundHandler;

/** Counts member-changed events per person: a deliberately non-idempotent effect, so a double apply shows. */
@Component
class TallyListener extends InboundHandler {

    private static final Logger log = LoggerFactory.getLogger(TallyListener.class);

    private final MongoOperations mongo;

    TallyListener(InboundEvents inbound, MongoOperations mongo) {
        super(inbound, "tally");
        this.mongo = mongo;
    }

    @KafkaListener(topics = Topics.ROSTER)
    void on(ConsumerRecord<String, String> record) {
        apply(record, EventTypes.MEMBER_CHANGED, event -> {
            mongo.upsert(Query.query(Criteria.where("_id").is(event.bureauId() + ":" + event.payload().personNo())),
                    new Update().inc("count", 1), "tallies");
            log.info("tallied {} of bureau {}", event.payload().personNo(), event.bureauId());
        });
    }
}
