package cn.sangang.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What waits for the relay, per outbox collection: how many documents, and how long the oldest has waited. Read
 * from the store at each scrape, so a stuck relay (or a dead one in another replica) shows as a growing age.
 */
class OutboxBacklogMetrics implements MeterBinder {

    private final MongoOperations mongo;
    private final List<String> collections;
    private final Clock clock;

    OutboxBacklogMetrics(MongoOperations mongo, List<String> collections, Clock clock) {
        this.mongo = mongo;
        this.collections = List.copyOf(collections);
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String collection : collections) {
            Gauge.builder("sangang.outbox.backlog", () -> mongo.count(pending(), collection))
                    .description("documents whose events or audit entries wait for the outbox relay")
                    .tag("collection", collection).register(registry);
            Gauge.builder("sangang.outbox.oldest.age", () -> oldestAgeSeconds(collection))
                    .description("how long the oldest waiting document has waited").baseUnit("seconds")
                    .tag("collection", collection).register(registry);
        }
    }

    private double oldestAgeSeconds(String collection) {
        Query oldest = pending().with(Sort.by(Outbox.PENDING_SINCE)).limit(1);
        oldest.fields().include(Outbox.FIELD);
        OutboxRelay.PendingDocument document = mongo.findOne(oldest, OutboxRelay.PendingDocument.class, collection);
        if (document == null) {
            return 0;
        }
        return Duration.between(document.outbox().getPendingSince(), clock.instant()).toMillis() / 1000.0;
    }

    private static Query pending() {
        return Query.query(Criteria.where(Outbox.PENDING_SINCE).exists(true));
    }
}
