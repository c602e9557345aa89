package cn.sangang.platform.messaging;

import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventType;

/**
 * A consumer of other services' events under one handler name: its {@code @KafkaListener} methods hand each record to
 * {@link #apply}, which applies it once for that name however often Kafka delivers it (see {@link InboundEvents}).
 */
public abstract class InboundHandler {

    private final InboundEvents inbound;
    private final String handler;

    protected InboundHandler(InboundEvents inbound, String handler) {
        this.inbound = inbound;
        this.handler = handler;
    }

    /** Runs {@code effect} for a record of {@code type} this handler has not applied; other types are skipped. */
    protected final <T> void apply(ConsumerRecord<String, String> record, EventType<T> type,
            Consumer<EventEnvelope<T>> effect) {
        inbound.applyOnce(handler, record, type, effect);
    }

    /** As above, with an effect for each of several types of the topic. */
    protected final void apply(ConsumerRecord<String, String> record, EventHandlers handlers) {
        inbound.applyOnce(handler, record, handlers);
    }
}
