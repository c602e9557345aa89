package cn.sangang.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
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
    CommonErrorHandler deadLetteringErrorHandler(KafkaOperations<String, String> kafka, MessagingProperties properties) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
            (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInterval().toMillis(), 2.0);
        backOff.setMaxInterval(Duration.ofSeconds(30).toMillis());
        backOff.setMaxElapsedTime(properties.retryFor().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
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
    InboundEvents inboundEvents(EventCodec codec, MongoOperations mongo, Clock clock) {
        return new InboundEvents(codec, mongo, clock);
    }

    @Bean
    SatisfactionReports satisfactionReports(InboundEvents inbound, MongoOperations mongo) {
        return new SatisfactionReports(inbound, mongo);
    }
}
