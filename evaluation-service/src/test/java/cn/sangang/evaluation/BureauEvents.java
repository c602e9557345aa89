package cn.sangang.evaluation;

import java.time.Instant;

import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventType;
import cn.sangang.testkit.EventCapture;

/** Another service's event about a bureau, put on its topic as it would reach evaluation-service. */
public final class BureauEvents {

    private static final EventCodec CODEC = new EventCodec();

    private BureauEvents() {
    }

    public static <T> void deliver(String topic, String key, EventType<T> type, String bureau, T payload) {
        EventCapture.send(topic, key, CODEC.encode(EventEnvelope.of(type, bureau, Instant.now(), payload)));
    }
}
