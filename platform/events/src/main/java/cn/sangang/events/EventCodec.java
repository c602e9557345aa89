package cn.sangang.events;

import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** Turns envelopes into the JSON that travels on Kafka and back, refusing anything that is not a known contract. */
public final class EventCodec {

    private static final Set<String> ENVELOPE_FIELDS = Set.of("eventId", "type", "schemaVersion", "bureauId",
            "occurredAt", "payload");

    private final JsonMapper mapper = JsonMapper.builder().disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    public String encode(EventEnvelope<?> envelope) {
        return mapper.writeValueAsString(envelope);
    }

    /** Reads the envelope of any known event type, payload typed; throws {@link MalformedEventException} otherwise. */
    public EventEnvelope<?> decode(String json) {
        JsonNode tree = readTree(json);
        String typeName = tree.path("type").asString(null);
        EventType<?> type = EventTypes.byName(typeName)
                .orElseThrow(() -> new MalformedEventException("unknown event type " + typeName));
        return decode(tree, type);
    }

    /** Reads an envelope that must be of {@code type}. */
    public <T> EventEnvelope<T> decode(String json, EventType<T> type) {
        return decode(readTree(json), type);
    }

    private <T> EventEnvelope<T> decode(JsonNode tree, EventType<T> type) {
        if (!type.name().equals(tree.path("type").asString(null))) {
            throw new MalformedEventException("expected a " + type.name() + " event, got " + tree.path("type"));
        }
        if (tree.path("schemaVersion").asInt(-1) != type.schemaVersion()) {
            throw new MalformedEventException(
                    "unsupported schema version " + tree.path("schemaVersion") + " of " + type.name());
        }
        for (String field : tree.propertyNames()) {
            if (!ENVELOPE_FIELDS.contains(field)) {
                throw new MalformedEventException("unknown envelope field " + field);
            }
        }
        try {
            T payload = mapper.treeToValue(tree.required("payload"), type.payloadType());
            return new EventEnvelope<>(java.util.UUID.fromString(tree.required("eventId").asString()), type.name(),
                    type.schemaVersion(),
                    tree.path("bureauId").isNull() || tree.path("bureauId").isMissingNode()
                            ? null
                            : tree.path("bureauId").asString(),
                    java.time.Instant.parse(tree.required("occurredAt").asString()), payload);
        } catch (JacksonException | IllegalArgumentException | NullPointerException
                | java.time.format.DateTimeParseException e) {
            throw new MalformedEventException("unreadable " + type.name() + " event: " + e.getMessage(), e);
        }
    }

    private JsonNode readTree(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty event");
        }
        try {
            JsonNode tree = mapper.readTree(json);
            if (!tree.isObject()) {
                throw new MalformedEventException("an event must be a JSON object");
            }
            return tree;
        } catch (JacksonException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
