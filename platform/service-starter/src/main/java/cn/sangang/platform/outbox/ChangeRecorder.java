package cn.sangang.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.mongodb.core.query.Update;

import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventType;
import cn.sangang.platform.audit.AuditEntry;
import cn.sangang.platform.security.Caller;

/**
 * Writes what a state change produces — its audit entry and its events — into the changed document, to be
 * saved with it in one write. The relay does the rest.
 */
public class ChangeRecorder {

    private final Clock clock;
    private final EventCodec codec;
    private final TraceContextSource traces;

    public ChangeRecorder(Clock clock, EventCodec codec, TraceContextSource traces) {
        this.clock = clock;
        this.codec = codec;
        this.traces = traces;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Records the audit entry of a change; {@code summary} says what changed in words a reviewer reads. */
    public void audit(AggregateDocument document, Caller caller, String action, String reason, String summary) {
        audit(document, document.getClass().getSimpleName().replace("Document", ""), document.getId(), caller, action,
                reason, summary);
    }

    /**
     * As {@link #audit(AggregateDocument, Caller, String, String, String)}, filed under a part of the document that
     * has a history of its own (a zone of its bureau's zone plan), so that the part's history is read by its id.
     */
    public void audit(AggregateDocument document, String aggregateType, String aggregateId, Caller caller,
            String action, String reason, String summary) {
        Instant now = clock.instant();
        document.outbox()
                .add(new AuditEntry(UUID.randomUUID().toString(), document.getBureauId(), caller.memberId(),
                        caller.roles().stream().map(Enum::name).sorted().toList(), now, action, aggregateType,
                        aggregateId, reason, summary), now);
    }

    /**
     * Adds an audit entry to a conditional single-document update (one that must not load and save the whole
     * document, such as casting a ballot), for the relay to move like any other.
     */
    public Update auditing(Update update, String bureauId, String aggregateType, String aggregateId, Caller caller,
            String action, String summary) {
        Instant now = clock.instant();
        return update.push(Outbox.AUDIT,
                new AuditEntry(UUID.randomUUID().toString(), bureauId, caller.memberId(),
                        caller.roles().stream().map(Enum::name).sorted().toList(), now, action, aggregateType,
                        aggregateId, null, summary))
                .min(Outbox.PENDING_SINCE, now);
    }

    /** Records an event of the document's bureau, keyed by the document id so its events stay in order. */
    public <T> EventEnvelope<T> publish(AggregateDocument document, EventType<T> type, T payload) {
        Instant now = clock.instant();
        EventEnvelope<T> envelope = EventEnvelope.of(type, document.getBureauId(), now, payload);
        document.outbox().add(new PendingEvent(envelope.eventId().toString(), type.topic(), document.getId(),
                type.name(), codec.encode(envelope), traces.current()), now);
        return envelope;
    }
}
