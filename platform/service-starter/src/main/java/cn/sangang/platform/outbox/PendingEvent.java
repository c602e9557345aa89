package cn.sangang.platform.outbox;

/** An event written with the state change that produced it, waiting for the relay; {@code json} is the envelope. */
public record PendingEvent(String eventId, String topic, String key, String type, String json) {
}
