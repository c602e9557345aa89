package cn.sangang.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every fact on Kafka travels in. {@code bureauId} is null only for events about no bureau in particular.
 */
public record EventEnvelope<T>(UUID eventId, String type, int schemaVersion, String bureauId, Instant occurredAt,
        T payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }

    public static <T> EventEnvelope<T> of(EventType<T> type, String bureauId, Instant occurredAt, T payload) {
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), type.schemaVersion(), bureauId, occurredAt, payload);
    }
}
