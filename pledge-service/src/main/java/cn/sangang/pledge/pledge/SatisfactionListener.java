package cn.sangang.pledge.pledge;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.sangang.events.Topics;
import cn.sangang.platform.messaging.SatisfactionReports;

/** Keeps the public's satisfaction with each pledge per quarter, from evaluation-service's reports. */
@Component
class SatisfactionListener {

    private final SatisfactionReports reports;

    SatisfactionListener(SatisfactionReports reports) {
        this.reports = reports;
    }

    @KafkaListener(topics = Topics.EVALUATION)
    void on(ConsumerRecord<String, String> record) {
        reports.keep("pledge-satisfaction", record, "PLEDGE", SatisfactionDocument.COLLECTION);
    }
}
