package cn.sangang.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.data.mongodb.core.index.Indexed;

import cn.sangang.platform.audit.AuditEntry;

/**
 * The events and audit entries a change produced, stored inside the changed document so that the change and
 * its consequences are one single-document write (no multi-document transactions needed).
 */
public class Outbox {

    public static final String FIELD = "outbox";
    static final String EVENTS = FIELD + ".events";
    static final String AUDIT = FIELD + ".audit";
    static final String PENDING_SINCE = FIELD + ".pendingSince";

    private List<PendingEvent> events = new ArrayList<>();
    private List<AuditEntry> audit = new ArrayList<>();

    @Indexed(sparse = true)
    private Instant pendingSince;

    void add(PendingEvent event, Instant now) {
        events.add(event);
        markPending(now);
    }

    void add(AuditEntry entry, Instant now) {
        audit.add(entry);
        markPending(now);
    }

    private void markPending(Instant now) {
        if (pendingSince == null) {
            pendingSince = now;
        }
    }

    public List<PendingEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public List<AuditEntry> getAudit() {
        return Collections.unmodifiableList(audit);
    }

    public Instant getPendingSince() {
        return pendingSince;
    }
}
