package cn.sangang.platform.health;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Store health by {@link MongoPing}, which MongoDB-wire servers answer too. */
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    MongoPingHealthIndicator(MongoTemplate mongo) {
        super("MongoDB ping failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.status(MongoPing.status(mongo.executeCommand(MongoPing.command()))).withDetail("database",
                mongo.getDb().getName());
    }
}
