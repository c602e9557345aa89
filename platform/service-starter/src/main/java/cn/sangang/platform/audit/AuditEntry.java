package cn.sangang.platform.audit;

import java.time.Instant;
import java.util.List;

/**
 * Who did what, when, why, in which bureau, to which aggregate. Written with the change itself and moved to
 * the audit log by the relay; never changed afterwards.
 */
public record AuditEntry(String auditId, String bureauId, String actor, List<String> actorRoles, Instant at,
        String action, String aggregateType, String aggregateId, String reason, String summary) {
}
