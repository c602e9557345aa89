package cn.sangang.platform.outbox;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
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
import tools.jackson.databind.json.JsonMapper;

import cn.sangang.events.EventCodec;
import cn.sangang.platform.audit.AuditEndpoint;
import cn.sangang.platform.audit.AuditLog;
import cn.sangang.platform.problem.ProblemHandler;
import cn.sangang.platform.problem.ProblemWriter;
import cn.sangang.platform.reminder.SentReminder;

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

    /** The current span's context in W3C form, or nothing when tracing is off. */
    @Bean
    TraceContextSource traceContextSource(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer current = tracer.getIfAvailable();
        Propagator w3c = propagator.getIfAvailable();
        if (current == null || w3c == null) {
            return TraceContextSource.none();
        }
        return () -> {
            Span span = current.currentSpan();
            if (span == null) {
                return Map.of();
            }
            Map<String, String> carrier = new HashMap<>();
            w3c.inject(span.context(), carrier, Map::put);
            return carrier;
        };
    }

    @Bean
    ChangeRecorder changeRecorder(Clock clock, EventCodec codec, TraceContextSource traces) {
        return new ChangeRecorder(clock, codec, traces);
    }

    @Bean
    AuditLog auditLog(MongoOperations mongo) {
        return new AuditLog(mongo);
    }

    @Bean
    OutboxRelay outboxRelay(MongoOperations mongo, MongoMappingContext mapping, KafkaOperations<String, String> kafka,
            AuditLog auditLog, OutboxProperties properties, ObjectProvider<ObservationRegistry> observations) {
        // The platform's own aggregates are outside the application's entity scan; asking for them registers them.
        mapping.getRequiredPersistentEntity(SentReminder.class);
        List<String> collections = mapping.getPersistentEntities().stream()
                .filter(entity -> AggregateDocument.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection).distinct().sorted().toList();
        return new OutboxRelay(mongo, kafka, auditLog, collections, properties.pollInterval(), properties.sendTimeout(),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Bean
    MeterBinder outboxBacklogMetrics(MongoOperations mongo, OutboxRelay relay, Clock clock) {
        return new OutboxBacklogMetrics(mongo, relay.collections(), clock);
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
