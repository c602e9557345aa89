package cn.sangang.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaOperations;

import cn.sangang.platform.audit.AuditEntry;
import cn.sangang.platform.audit.AuditLog;

/**
 * Publishes what changes left in their documents' outboxes: events to Kafka (acks=all, idempotent producer),
 * audit entries to the audit log; then removes exactly those entries from the document.
 * <p>
 * Delivery is at least once: a crash after the send and before the removal, or an application save racing the
 * removal, publishes an event again. Consumers apply each event id once, so that is harmless; losing one is not.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    static final Duration PARKED_FOR = Duration.ofMinutes(5);

    private final MongoOperations mongo;
    private final KafkaOperations<String, String> kafka;
    private final AuditLog auditLog;
    private final List<String> collections;
    private final Duration pollInterval;
    private final Duration sendTimeout;
    private final ObservationRegistry observations;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Map<String, Instant> parked = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(MongoOperations mongo, KafkaOperations<String, String> kafka, AuditLog auditLog,
            List<String> collections, Duration pollInterval, Duration sendTimeout, ObservationRegistry observations) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.auditLog = auditLog;
        this.collections = List.copyOf(collections);
        this.pollInterval = pollInterval;
        this.sendTimeout = sendTimeout;
        this.observations = observations;
    }

    /** The collections whose documents carry outboxes this relay empties. */
    List<String> collections() {
        return collections;
    }

    /** Asks for a round now rather than at the next poll, so a fresh change is relayed within milliseconds. */
    public void wakeUp() {
        wakeUp.release();
    }

    /**
     * One pass over every outbox collection; returns how many documents were fully relayed. When Kafka cannot be
     * reached the pass stops and the loop backs off. An event Kafka refuses for good (too large, unknown topic,
     * not authorised) parks only its own document — its aggregate's later events wait behind it, keeping their
     * order — and is tried again after {@link #PARKED_FOR}, with an error in the log each time.
     */
    public int relayOnce() {
        int relayed = 0;
        Instant now = Instant.now();
        parked.values().removeIf(until -> until.isBefore(now));
        for (String collection : collections) {
            Query pending = Query.query(Criteria.where(Outbox.PENDING_SINCE).exists(true))
                    .with(Sort.by(Outbox.PENDING_SINCE)).limit(BATCH);
            pending.fields().include(Outbox.FIELD);
            for (PendingDocument document : mongo.find(pending, PendingDocument.class, collection)) {
                if (parked.containsKey(document.id())) {
                    continue;
                }
                try {
                    relay(collection, document);
                    relayed++;
                } catch (RelayFailure failure) {
                    if (failure.kafkaUnreachable()) {
                        throw failure;
                    }
                    log.error("outbox of {} {} parked for {}: {}", collection, document.id(), PARKED_FOR,
                            failure.getMessage());
                    parked.put(document.id(), now.plus(PARKED_FOR));
                }
            }
        }
        return relayed;
    }

    private void relay(String collection, PendingDocument document) {
        Outbox outbox = document.outbox();
        // The audit trail does not wait for Kafka.
        auditLog.append(outbox.getAudit());
        for (PendingEvent event : outbox.getEvents()) {
            send(event);
        }
        Update removal = new Update()
                .pull(Outbox.FIELD + ".events",
                        Query.query(Criteria.where("eventId")
                                .in(outbox.getEvents().stream().map(PendingEvent::eventId).toList())).getQueryObject())
                .pull(Outbox.FIELD + ".audit", Query.query(
                        Criteria.where("auditId").in(outbox.getAudit().stream().map(AuditEntry::auditId).toList()))
                        .getQueryObject());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(document.id())), removal, collection);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(document.id()).and(Outbox.FIELD + ".events").size(0)
                .and(Outbox.FIELD + ".audit").size(0)), new Update().unset(Outbox.PENDING_SINCE), collection);
    }

    /**
     * Publishes inside an observation that continues the trace of the change that recorded the event, so the
     * template's send (and through its headers, every consumer) joins the request that caused it.
     */
    private void send(PendingEvent event) {
        ReceiverContext<Map<String, String>> context = new ReceiverContext<>(Map::get);
        context.setCarrier(event.trace() == null ? Map.of() : event.trace());
        context.setRemoteServiceName("outbox");
        Observation observation = Observation.createNotStarted("sangang.outbox.relay", () -> context, observations)
                .lowCardinalityKeyValue("topic", event.topic()).lowCardinalityKeyValue("event.type", event.type())
                .start();
        try (Observation.Scope ignored = observation.openScope()) {
            kafka.send(event.topic(), event.key(), event.json()).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            observation.error(e);
            throw new RelayFailure(event, e);
        } catch (Exception e) {
            observation.error(e);
            throw new RelayFailure(event, e);
        } finally {
            observation.stop();
        }
    }

    private void loop() {
        Duration backoff = pollInterval;
        while (running) {
            try {
                int relayed = relayOnce();
                backoff = pollInterval;
                if (relayed == 0) {
                    wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("outbox relay paused for {} ms: {}", backoff.toMillis(), e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().daemon().name("outbox-relay").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(sendTimeout.plusSeconds(1).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Only the outbox of a document, whatever the document's type. */
    record PendingDocument(@org.springframework.data.annotation.Id String id, Outbox outbox) {
    }

    static final class RelayFailure extends RuntimeException {
        RelayFailure(PendingEvent event, Throwable cause) {
            super("could not publish " + event.type() + " " + event.eventId() + " to " + event.topic() + ": "
                    + cause.getMessage(), cause);
        }

        /** Kafka did not answer in time (down, partitioned, electing): nothing else will get through either. */
        boolean kafkaUnreachable() {
            for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof RetriableException || cause instanceof java.util.concurrent.TimeoutException
                        || cause instanceof InterruptedException) {
                    return true;
                }
            }
            return false;
        }
    }
}
