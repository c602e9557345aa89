package cn.sangang.events;

/** The name, schema version, topic and payload class of one kind of event. */
public record EventType<T>(String name, int schemaVersion, String topic, Class<T> payloadType) {
}
