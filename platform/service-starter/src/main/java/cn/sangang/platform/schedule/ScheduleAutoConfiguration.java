package cn.sangang.platform.schedule;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

/** Leases that keep a service's periodic jobs to one replica at a time. */
@AutoConfiguration
public class ScheduleAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    LeasedJobs leasedJobs(MongoOperations mongo, Clock clock) {
        return new LeasedJobs(mongo, clock);
    }
}
