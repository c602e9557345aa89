package cn.sangang.platform.outbox;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.kafka.core.KafkaOperations;

import cn.sangang.events.EventCodec;
import cn.sangang.platform.audit.AuditEndpoint;
import cn.sangang.platform.audit.AuditLog;
import cn.sangang.platform.problem.ProblemHandler;
import cn.sangang.platform.problem.ProblemWriter;
import tools.jackson.databind.json.JsonMapper;

/** What every service needs alike to change state safely: the recorder, the relay, the audit log, problem+json. */
@AutoConfiguration
@EnableConfigurationProperties(OutboxProperties.class)
@Import({ProblemHandler.class, AuditEndpoint.class})
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    ChangeRecorder changeRecorder(Clock clock, EventCodec codec) {
        return new ChangeRecorder(clock, codec);
    }

    @Bean
    AuditLog auditLog(MongoOperations mongo) {
        return new AuditLog(mongo);
    }

    @Bean
    OutboxRelay outboxRelay(MongoOperations mongo, MongoMappingContext mapping, KafkaOperations<String, String> kafka,
                            AuditLog auditLog, OutboxProperties properties) {
        List<String> collections = mapping.getPersistentEntities().stream()
            .filter(entity -> AggregateDocument.class.isAssignableFrom(entity.getType()))
            .map(MongoPersistentEntity::getCollection)
            .distinct()
            .sorted()
            .toList();
        return new OutboxRelay(mongo, kafka, auditLog, collections, properties.pollInterval(), properties.sendTimeout());
    }

    @Bean
    AbstractMongoEventListener<AggregateDocument> outboxWakeUp(OutboxRelay relay) {
        return new AbstractMongoEventListener<>() {
            @Override
            public void onAfterSave(AfterSaveEvent<AggregateDocument> event) {
                if (event.getSource().outbox().getPendingSince() != null) {
                    relay.wakeUp();
                }
            }
        };
    }
}
