package cn.sangang.platform.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The audit log of this service: appended by the outbox relay, read per bureau, never updated. */
public class AuditLog {

    private final MongoOperations mongo;

    public AuditLog(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public void append(List<AuditEntry> entries) {
        for (AuditEntry entry : entries) {
            try {
                mongo.insert(AuditRecord.of(entry));
            } catch (DuplicateKeyException alreadyAppended) {
                // The relay may hand over an entry twice; the first copy stands.
            }
        }
    }

    public List<AuditView> read(String bureauId, String aggregateId, int limit) {
        Criteria criteria = Criteria.where("bureauId").is(bureauId);
        if (aggregateId != null) {
            criteria = criteria.and("aggregateId").is(aggregateId);
        }
        return mongo
                .find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), AuditRecord.class)
                .stream().map(r -> new AuditView(r.id(), r.actor(), r.actorRoles(), r.at(), r.action(),
                        r.aggregateType(), r.aggregateId(), r.reason(), r.summary()))
                .toList();
    }

    public record AuditView(String id, String actor, List<String> actorRoles, Instant at, String action,
            String aggregateType, String aggregateId, String reason, String summary) {
    }
}
