package cn.sangang.platform.schedule;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.reminder.Reminders;

/** Leases that keep a service's periodic jobs to one replica at a time, and reminders they send once. */
@AutoConfiguration
public class ScheduleAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    LeasedJobs leasedJobs(MongoOperations mongo, Clock clock) {
        return new LeasedJobs(mongo, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    Reminders reminders(MongoOperations mongo, ChangeRecorder recorder) {
        return new Reminders(mongo, recorder);
    }
}
