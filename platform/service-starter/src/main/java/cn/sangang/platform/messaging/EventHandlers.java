package cn.sangang.platform.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventType;

/**
 * The effects one handler has for the event types of a topic, so a record is decoded once and given to the effect
 * of its type: {@code EventHandlers.on(POST_ASSESSED, …).on(POST_REVOKED, …)}.
 */
public final class EventHandlers {

    private final Map<String, Consumer<EventEnvelope<?>>> byType = new LinkedHashMap<>();

    private EventHandlers() {
    }

    public static <T> EventHandlers on(EventType<T> type, Consumer<EventEnvelope<T>> effect) {
        return new EventHandlers().and(type, effect);
    }

    @SuppressWarnings("unchecked")
    public <T> EventHandlers and(EventType<T> type, Consumer<EventEnvelope<T>> effect) {
        byType.put(type.name(), envelope -> effect.accept((EventEnvelope<T>) envelope));
        return this;
    }

    Optional<Consumer<EventEnvelope<?>>> effectOf(String type) {
        return Optional.ofNullable(byType.get(type));
    }
}
