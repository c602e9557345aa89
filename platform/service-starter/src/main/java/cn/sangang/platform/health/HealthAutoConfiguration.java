package cn.sangang.platform.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Readiness that includes the store, answered the same way by MongoDB and by MongoDB-wire servers. */
@AutoConfiguration
public class HealthAutoConfiguration {

    @Bean
    MongoPingHealthIndicator mongoPingHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
