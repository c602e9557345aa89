package cn.sangang.evaluation.reward;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.sangang.evaluation.reward.domain.RewardRule.Result;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.Topics;
import cn.sangang.events.post.PostAssessed;
import cn.sangang.events.post.PostRevoked;
import cn.sangang.platform.messaging.EventHandlers;
import cn.sangang.platform.messaging.InboundEvents;
import cn.sangang.platform.messaging.InboundHandler;

/** Post assessments and revocations, each event applied once; the rule makes their order irrelevant. */
@Component
class PostEventsListener extends InboundHandler {

    private static final String HANDLER = "evaluation-rewards";

    private final RewardService rewards;

    PostEventsListener(InboundEvents inbound, RewardService rewards) {
        super(inbound, HANDLER);
        this.rewards = rewards;
    }

    @KafkaListener(id = HANDLER, topics = Topics.POST)
    void on(ConsumerRecord<String, String> record) {
        apply(record, EventHandlers.on(EventTypes.POST_ASSESSED, event -> {
            PostAssessed a = event.payload();
            Result result = a.result() == PostAssessed.Result.PASS ? Result.PASS : Result.FAIL;
            rewards.record(event.bureauId(), a.postId(), a.kind(), a.holderPersonNo(), a.unitCode(),
                    book -> book.assessed(Quarter.parse(a.quarter()), result));
        }).and(EventTypes.POST_REVOKED, event -> {
            PostRevoked r = event.payload();
            rewards.record(event.bureauId(), r.postId(), r.kind(), r.holderPersonNo(), r.unitCode(),
                    book -> book.revoked(Quarter.parse(r.quarter())));
        }));
    }
}
