package cn.sangang.post.post;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.roster.MemberChanged;
import cn.sangang.platform.messaging.InboundEvents;
import cn.sangang.platform.messaging.InboundHandler;

/**
 * Keeps posts true to the roster: a holder who leaves the bureau or the Party loses an individual post at once;
 * a collective post whose office now has a non-member in it is flagged for the leadership.
 */
@Component
class RosterListener extends InboundHandler {

    private final PostService service;

    RosterListener(InboundEvents inbound, PostService service) {
        super(inbound, "post-roster");
        this.service = service;
    }

    @KafkaListener(topics = Topics.ROSTER)
    void on(ConsumerRecord<String, String> record) {
        apply(record, EventTypes.MEMBER_CHANGED, event -> {
            MemberChanged person = event.payload();
            if (!person.active() || !person.partyMember()) {
                String because = person.active()
                        ? person.personNo() + " is no longer a party member"
                        : person.personNo() + " left the bureau";
                service.holderLeft(event.bureauId(), person.personNo(), because);
            }
            if (person.active() && !person.partyMember() && person.unitCode() != null) {
                service.nonMemberInUnit(event.bureauId(), person.unitCode(),
                        "非党员 " + person.name() + "（" + person.personNo() + "）在本集体示范岗所在单位");
            }
        });
    }
}
