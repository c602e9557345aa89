package cn.sangang.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import cn.sangang.events.EventCodec;
import cn.sangang.events.MalformedEventException;
import cn.sangang.events.Topics;

/**
 * Consumption that survives bad records: an unreadable one goes to {@code <topic>.DLT} at once; a handler failure
 * is retried with growing pauses and parked there only when it outlasts {@code sangang.kafka.retry-for}.
 */
@AutoConfiguration
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    CommonErrorHandler deadLetteringErrorHandler(KafkaOperations<String, String> kafka, MessagingProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        ConsumerRecordRecoverer recoverer = (record, failure) -> {
            publisher.accept(record, failure);
            Counter.builder("sangang.events.dead.lettered")
                    .description("records parked on a dead-letter topic: unreadable, or failing past the retries")
                    .tag("topic", record.topic()).tag("reason", reason(failure)).register(registry).increment();
        };
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInterval().toMillis(), 2.0);
        backOff.setMaxInterval(Duration.ofSeconds(30).toMillis());
        backOff.setMaxElapsedTime(properties.retryFor().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    private static String reason(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MalformedEventException) {
                return "malformed";
            }
        }
        return "handler-failed";
    }

    @Bean
    KafkaAdmin.NewTopics platformTopics(MessagingProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            TopicBuilder builder = TopicBuilder.name(topic).partitions(properties.partitions())
                    .replicas(properties.replicationFactor());
            topics.add((Topics.COMPACTED.contains(topic) ? builder.compact() : builder).build());
            topics.add(TopicBuilder.name(Topics.deadLetter(topic)).partitions(1)
                    .replicas(properties.replicationFactor()).build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    InboundEvents inboundEvents(EventCodec codec, MongoOperations mongo, Clock clock,
            ObjectProvider<MeterRegistry> meters) {
        return new InboundEvents(codec, mongo, clock, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** A service that shows the public's satisfaction with its targets names their kind; the others keep none. */
    @Bean
    @ConditionalOnProperty("sangang.satisfaction.target-type")
    SatisfactionReports satisfactionReports(InboundEvents inbound, MongoOperations mongo,
            @Value("${sangang.satisfaction.target-type}") String targetType) {
        return new SatisfactionReports(inbound, mongo, targetType);
    }
}
