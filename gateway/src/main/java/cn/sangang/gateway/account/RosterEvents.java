package cn.sangang.gateway.account;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.MalformedEventException;
import cn.sangang.events.Topics;
import cn.sangang.events.roster.MemberChanged;

/**
 * Keeps logins in step with the roster: when a person leaves the bureau, their accounts are disabled. Disabling
 * is idempotent, so a redelivered event changes nothing; an unreadable record goes to {@code roster-events.DLT}.
 */
@Configuration
class RosterEvents {

    private static final Logger log = LoggerFactory.getLogger(RosterEvents.class);

    private final Accounts accounts;
    private final EventCodec codec = new EventCodec();

    RosterEvents(Accounts accounts) {
        this.accounts = accounts;
    }

    @KafkaListener(topics = Topics.ROSTER)
    void on(ConsumerRecord<String, String> record) {
        EventEnvelope<?> event = codec.decode(record.value());
        if (event.payload() instanceof MemberChanged changed && changed.change() == MemberChanged.Change.LEFT
                && event.bureauId() != null) {
            Long disabled = accounts.disableLeaver(event.bureauId(), changed.personNo(),
                    "left the bureau (event " + event.eventId() + ")").block();
            if (disabled != null && disabled > 0) {
                log.info("disabled {} account(s) of {} who left bureau {}", disabled, changed.personNo(),
                        event.bureauId());
            }
        }
    }

    @Bean
    CommonErrorHandler rosterErrorHandler(KafkaOperations<String, String> kafka) {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        backOff.setMaxElapsedTime(300_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1)), backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }
}
