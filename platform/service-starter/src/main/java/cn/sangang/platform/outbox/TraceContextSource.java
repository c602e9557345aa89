package cn.sangang.platform.outbox;

import java.util.Map;

/**
 * The trace context (W3C {@code traceparent}, {@code tracestate}) of the change being recorded. It is stored with
 * the change's events so that the relay, which publishes them later on its own thread, can continue that trace
 * and the consumers join it.
 */
@FunctionalInterface
public interface TraceContextSource {

    Map<String, String> current();

    static TraceContextSource none() {
        return Map::of;
    }
}
