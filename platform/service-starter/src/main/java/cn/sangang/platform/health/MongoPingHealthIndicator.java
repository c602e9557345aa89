package cn.sangang.platform.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Store health by {@code ping}, which every MongoDB-wire server answers; Boot's own indicator sends {@code hello},
 * which some compatible stores do not know.
 */
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    MongoPingHealthIndicator(MongoTemplate mongo) {
        super("MongoDB ping failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document reply = mongo.executeCommand(new Document("ping", 1));
        builder.status(reply.get("ok", Number.class).intValue() == 1 ? "UP" : "DOWN")
            .withDetail("database", mongo.getDb().getName());
    }
}
