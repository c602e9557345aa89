package cn.sangang.evaluation.survey;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.platform.messaging.InboundEvents;
import cn.sangang.platform.messaging.InboundHandler;

/** Revocations of model posts, each applied once: the post's surveys close and no new one opens. */
@Component
class PostRevocations extends InboundHandler {

    private static final String HANDLER = "evaluation-survey-revocations";

    private final SurveyService surveys;

    PostRevocations(InboundEvents inbound, SurveyService surveys) {
        super(inbound, HANDLER);
        this.surveys = surveys;
    }

    @KafkaListener(id = HANDLER, topics = Topics.POST)
    void on(ConsumerRecord<String, String> record) {
        apply(record, EventTypes.POST_REVOKED, e -> surveys.postRevoked(e.bureauId(), e.payload().postId()));
    }
}
