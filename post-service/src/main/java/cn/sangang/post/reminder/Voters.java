package cn.sangang.post.reminder;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.roster.MemberChanged;
import cn.sangang.platform.messaging.InboundEvents;
import cn.sangang.platform.messaging.InboundHandler;

/**
 * Who may vote in each bureau, kept from the roster's events: a job has no caller whose token could ask zone-service.
 * Its own consumer group reads the roster topic from the start, so it learns the people who joined before it ran.
 */
@Component
class Voters extends InboundHandler {

    private static final String HANDLER = "post-reminder-voters";

    private final MongoOperations mongo;

    Voters(InboundEvents inbound, MongoOperations mongo) {
        super(inbound, HANDLER);
        this.mongo = mongo;
    }

    @KafkaListener(id = HANDLER, topics = Topics.ROSTER)
    void on(ConsumerRecord<String, String> record) {
        apply(record, EventTypes.MEMBER_CHANGED, event -> {
            MemberChanged person = event.payload();
            mongo.save(new VoterDocument(VoterDocument.id(event.bureauId(), person.personNo()), event.bureauId(),
                    person.personNo(), person.name(), person.active() && person.partyMember()));
        });
    }

    /** The person numbers of those who may vote in {@code bureau}. */
    List<String> eligible(String bureau) {
        return mongo
                .find(Query.query(Criteria.where("bureauId").is(bureau).and("eligible").is(true)), VoterDocument.class)
                .stream().map(VoterDocument::personNo).sorted().toList();
    }
}
