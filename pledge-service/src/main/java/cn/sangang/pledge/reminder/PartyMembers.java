package cn.sangang.pledge.reminder;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.domain.Sort;
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
 * Each bureau's party members, kept from the roster's events: a job has no caller whose token could ask zone-service,
 * as the secretary's not-pledged page does. The service's consumer group first read the roster topic from its start,
 * so it learns the people who joined before it ran (as far back as the topic keeps them).
 */
@Component
class PartyMembers extends InboundHandler {

    /** A party member of a bureau, by roster number and name. */
    record Member(String personNo, String name) {
    }

    private final MongoOperations mongo;

    PartyMembers(InboundEvents inbound, MongoOperations mongo) {
        super(inbound, "pledge-reminder-party-members");
        this.mongo = mongo;
    }

    @KafkaListener(topics = Topics.ROSTER)
    void on(ConsumerRecord<String, String> record) {
        apply(record, EventTypes.MEMBER_CHANGED, event -> {
            MemberChanged person = event.payload();
            mongo.save(new PartyMemberDocument(PartyMemberDocument.id(event.bureauId(), person.personNo()),
                    event.bureauId(), person.personNo(), person.name(), person.active() && person.partyMember()));
        });
    }

    /** The party members now in {@code bureau}, by person number. */
    List<Member> of(String bureau) {
        return mongo
                .find(Query.query(Criteria.where("bureauId").is(bureau).and("partyMember").is(true))
                        .with(Sort.by("personNo")), PartyMemberDocument.class)
                .stream().map(m -> new Member(m.personNo(), m.name())).toList();
    }
}
