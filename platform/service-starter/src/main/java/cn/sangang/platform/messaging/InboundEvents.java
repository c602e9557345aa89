package cn.sangang.platform.messaging;

import java.time.Clock;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventType;
import cn.sangang.events.MalformedEventException;

/**
 * Applies each event id once per handler, however often Kafka delivers it. A record that cannot be read throws
 * {@link MalformedEventException}, which the error handler sends to the dead-letter topic without retrying.
 * <p>
 * The marker is written after the effect: a crash between the two applies the effect again on redelivery, so
 * effects should be idempotent updates or keyed by a natural unique key; the marker makes the ordinary
 * redelivery (rebalance, retry, duplicate publish) a no-op.
 */
public class InboundEvents {

    private final EventCodec codec;
    private final MongoOperations mongo;
    private final Clock clock;
    private final MeterRegistry meters;

    public InboundEvents(EventCodec codec, MongoOperations mongo, Clock clock, MeterRegistry meters) {
        this.codec = codec;
        this.mongo = mongo;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Runs {@code effect} for a record of {@code type} unless {@code handler} has applied it before. A topic carries
     * all of an aggregate's event types: a record of another known type is not this handler's and is skipped.
     */
    public <T> boolean applyOnce(String handler, ConsumerRecord<String, String> record, EventType<T> type,
            Consumer<EventEnvelope<T>> effect) {
        return applyOnce(handler, record, EventHandlers.on(type, effect));
    }

    /** As above for a handler with effects for several types of the topic: the record is decoded once. */
    public boolean applyOnce(String handler, ConsumerRecord<String, String> record, EventHandlers handlers) {
        EventEnvelope<?> envelope = codec.decode(record.value());
        Consumer<EventEnvelope<?>> effect = handlers.effectOf(envelope.type()).orElse(null);
        if (effect == null) {
            return false;
        }
        if (envelope.bureauId() == null) {
            throw new MalformedEventException(envelope.type() + " " + envelope.eventId() + " names no bureau");
        }
        String markerId = handler + ":" + envelope.eventId();
        if (mongo.exists(Query.query(Criteria.where("_id").is(markerId)), ProcessedEvent.class)) {
            count("duplicate", handler, envelope.type());
            return false;
        }
        effect.accept(envelope);
        try {
            mongo.insert(new ProcessedEvent(markerId, envelope.bureauId(), envelope.type(), clock.instant()));
        } catch (DuplicateKeyException concurrentDelivery) {
            count("duplicate", handler, envelope.type());
            return false;
        }
        count("applied", handler, envelope.type());
        return true;
    }

    private void count(String outcome, String handler, String type) {
        Counter.builder("sangang.events.consumed")
                .description("events a handler applied, or skipped as already applied (a redelivery)")
                .tag("handler", handler).tag("type", type).tag("outcome", outcome).register(meters).increment();
    }
}
