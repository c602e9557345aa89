package cn.sangang.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;

import cn.sangang.platform.audit.AuditEntry;
import cn.sangang.platform.audit.AuditLog;

class OutboxRelayTest {

    @SuppressWarnings("unchecked")
    private final KafkaOperations<String, String> kafka = mock(KafkaOperations.class);

    private final MongoOperations mongo = mock(MongoOperations.class);
    private final AuditLog auditLog = mock(AuditLog.class);
    private final OutboxRelay relay = new OutboxRelay(mongo, kafka, auditLog, List.of("things"), Duration.ofMillis(50),
            Duration.ofSeconds(1), ObservationRegistry.NOOP);

    private OutboxRelay.PendingDocument pending(String id, String eventId) {
        Outbox outbox = new Outbox();
        outbox.add(new PendingEvent(eventId, "topic", id, "thing-happened", "{}", Map.of()), Instant.now());
        outbox.add(new AuditEntry("audit-" + id, "b1", "p1", List.of("ADMIN"), Instant.now(), "thing.done", "Thing", id,
                null, "done"), Instant.now());
        return new OutboxRelay.PendingDocument(id, outbox);
    }

    private void documents(OutboxRelay.PendingDocument... documents) {
        when(mongo.find(any(Query.class), eq(OutboxRelay.PendingDocument.class), eq("things")))
                .thenReturn(List.of(documents));
    }

    @Test
    void an_event_kafka_refuses_for_good_parks_only_its_own_document() {
        documents(pending("poison", "e-poison"), pending("fine", "e-fine"));
        when(kafka.send("topic", "poison", "{}"))
                .thenReturn(CompletableFuture.failedFuture(new RecordTooLargeException("too big")));
        when(kafka.send("topic", "fine", "{}")).thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));

        assertThat(relay.relayOnce()).isEqualTo(1);
        assertThat(relay.relayOnce()).as("the parked document is skipped, the other goes on").isEqualTo(1);

        verify(kafka, times(1)).send("topic", "poison", "{}");
        verify(kafka, times(2)).send("topic", "fine", "{}");
        verify(auditLog, times(3)).append(any());
    }

    @Test
    void when_kafka_cannot_be_reached_the_pass_stops_and_nothing_is_removed() {
        documents(pending("a", "e-a"), pending("b", "e-b"));
        when(kafka.send(eq("topic"), any(), eq("{}")))
                .thenReturn(CompletableFuture.failedFuture(new TimeoutException("no broker")));

        assertThatThrownBy(relay::relayOnce).isInstanceOf(OutboxRelay.RelayFailure.class);

        verify(kafka, never()).send("topic", "b", "{}");
        verify(mongo, never()).updateFirst(any(Query.class), any(Update.class), eq("things"));
    }

    @Test
    void audit_entries_reach_the_audit_log_even_while_kafka_is_down() {
        documents(pending("a", "e-a"));
        when(kafka.send(eq("topic"), any(), eq("{}")))
                .thenReturn(CompletableFuture.failedFuture(new TimeoutException("no broker")));

        assertThatThrownBy(relay::relayOnce).isInstanceOf(OutboxRelay.RelayFailure.class);

        verify(auditLog).append(any());
    }
}
