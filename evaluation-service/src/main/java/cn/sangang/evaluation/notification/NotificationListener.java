package cn.sangang.evaluation.notification;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.platform.messaging.InboundEvents;
import cn.sangang.platform.messaging.InboundHandler;

/** The reminders of zone-, post- and pledge-service, each event applied once, into the inbox of its bureau. */
@Component
class NotificationListener extends InboundHandler {

    private final NotificationService notifications;

    NotificationListener(InboundEvents inbound, NotificationService notifications) {
        super(inbound, "evaluation-notifications");
        this.notifications = notifications;
    }

    @KafkaListener(id = "evaluation-notifications-zones", topics = Topics.ZONE)
    void zones(ConsumerRecord<String, String> record) {
        apply(record, EventTypes.ZONE_REMINDER_DUE, e -> notifications.receive(e.bureauId(), e.payload()));
    }

    @KafkaListener(id = "evaluation-notifications-posts", topics = Topics.POST)
    void posts(ConsumerRecord<String, String> record) {
        apply(record, EventTypes.POST_REMINDER_DUE, e -> notifications.receive(e.bureauId(), e.payload()));
    }

    @KafkaListener(id = "evaluation-notifications-pledges", topics = Topics.PLEDGE)
    void pledges(ConsumerRecord<String, String> record) {
        apply(record, EventTypes.PLEDGE_REMINDER_DUE, e -> notifications.receive(e.bureauId(), e.payload()));
    }
}
