package cn.sangang.post.post;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.post.PostKind;
import cn.sangang.events.roster.MemberChanged;
import cn.sangang.platform.messaging.InboundEvents;
import cn.sangang.post.post.domain.PostStatus;

/**
 * Keeps posts true to the roster: a holder who leaves the bureau or the Party loses an individual post at once;
 * a collective post whose office now has a non-member in it is flagged for the leadership.
 */
@Component
class RosterListener {

    private final InboundEvents inbound;
    private final PostRepository posts;
    private final PostService service;

    RosterListener(InboundEvents inbound, PostRepository posts, PostService service) {
        this.inbound = inbound;
        this.posts = posts;
        this.service = service;
    }

    @KafkaListener(topics = Topics.ROSTER)
    void on(ConsumerRecord<String, String> record) {
        inbound.applyOnce("post-roster", record, EventTypes.MEMBER_CHANGED, event -> {
            MemberChanged person = event.payload();
            if (!person.active() || !person.partyMember()) {
                String because = person.active() ? person.personNo() + " is no longer a party member"
                    : person.personNo() + " left the bureau";
                posts.findByBureauIdAndHolderPersonNo(event.bureauId(), person.personNo()).stream()
                    .filter(p -> p.kind() == PostKind.INDIVIDUAL)
                    .forEach(p -> {
                        if (p.status() == PostStatus.NOMINATED) {
                            service.withdraw(p, because);
                        } else if (p.status() == PostStatus.AWARDED || p.status() == PostStatus.ESTABLISHED) {
                            service.revokeForHolder(p, because);
                        }
                    });
            }
            if (person.active() && !person.partyMember() && person.unitCode() != null) {
                posts.findByBureauIdAndUnitCode(event.bureauId(), person.unitCode()).stream()
                    .filter(p -> p.kind() == PostKind.COLLECTIVE)
                    .filter(p -> p.status() == PostStatus.AWARDED || p.status() == PostStatus.ESTABLISHED)
                    .forEach(p -> service.flag(p, "非党员 " + person.name() + "（" + person.personNo() + "）在本集体示范岗所在单位"));
            }
        });
    }
}
