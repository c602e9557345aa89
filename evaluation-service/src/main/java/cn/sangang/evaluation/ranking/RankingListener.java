package cn.sangang.evaluation.ranking;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.post.PostAssessed;
import cn.sangang.platform.messaging.EventHandlers;
import cn.sangang.platform.messaging.InboundEvents;
import cn.sangang.platform.messaging.InboundHandler;

/** The facts of the commendation ranking, from posts, zones, pledges and the roster, each event applied once. */
@Component
class RankingListener extends InboundHandler {

    private final RankingFacts facts;

    RankingListener(InboundEvents inbound, RankingFacts facts) {
        super(inbound, "evaluation-ranking");
        this.facts = facts;
    }

    @KafkaListener(id = "evaluation-ranking-posts", topics = Topics.POST)
    void posts(ConsumerRecord<String, String> record) {
        apply(record,
                EventHandlers
                        .on(EventTypes.POST_ASSESSED,
                                e -> facts.postAssessed(e.bureauId(), e.payload().quarter(), e.payload().postId(),
                                        e.payload().unitCode(), e.payload().result() == PostAssessed.Result.PASS))
                        .and(EventTypes.POST_REVOKED, e -> facts.postRevoked(e.bureauId(), e.payload().quarter(),
                                e.payload().postId(), e.payload().unitCode())));
    }

    @KafkaListener(id = "evaluation-ranking-zones", topics = Topics.ZONE)
    void zones(ConsumerRecord<String, String> record) {
        apply(record, EventTypes.ZONE_ASSESSED, e -> facts.zoneAssessed(e.bureauId(), e.payload().quarter(),
                e.payload().zoneId(), e.payload().unitCode(), e.payload().total()));
    }

    @KafkaListener(id = "evaluation-ranking-pledges", topics = Topics.PLEDGE)
    void pledges(ConsumerRecord<String, String> record) {
        apply(record, EventTypes.PLEDGE_EVALUATED,
                e -> e.payload().items().forEach(item -> facts.pledgeItem(e.bureauId(), e.payload().campaignYear(),
                        e.payload().pledgeId(), item.itemNo(), item.responsiblePersonNo(), item.fulfilled())));
    }

    @KafkaListener(id = "evaluation-ranking-roster", topics = Topics.ROSTER)
    void roster(ConsumerRecord<String, String> record) {
        apply(record, EventTypes.MEMBER_CHANGED,
                e -> facts.worksIn(e.bureauId(), e.payload().personNo(), e.payload().unitCode()));
    }
}
