package cn.sangang.platform.outbox;

import java.util.Map;

/**
 * An event written with the state change that produced it, waiting for the relay; {@code json} is the envelope and
 * {@code trace} the trace context of the change (empty, or absent in events stored before tracing, when none).
 */
public record PendingEvent(String eventId, String topic, String key, String type, String json,
        Map<String, String> trace) {
}
