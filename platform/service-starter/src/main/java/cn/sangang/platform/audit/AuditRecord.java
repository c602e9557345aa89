package cn.sangang.platform.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One entry of the immutable audit log; its id is the entry's, so relaying it twice stores it once. */
@Document("audit_log")
@CompoundIndex(name = "bureau_time", def = "{'bureauId': 1, 'at': -1}")
@CompoundIndex(name = "bureau_aggregate_time", def = "{'bureauId': 1, 'aggregateId': 1, 'at': -1}")
record AuditRecord(@Id String id, String bureauId, String actor, List<String> actorRoles, Instant at, String action,
        String aggregateType, String aggregateId, String reason, String summary) {

    static AuditRecord of(AuditEntry entry) {
        return new AuditRecord(entry.auditId(), entry.bureauId(), entry.actor(), entry.actorRoles(), entry.at(),
                entry.action(), entry.aggregateType(), entry.aggregateId(), entry.reason(), entry.summary());
    }
}
