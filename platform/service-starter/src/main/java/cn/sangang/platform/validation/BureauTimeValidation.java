package cn.sangang.platform.validation;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

import cn.sangang.events.Quarter;

/**
 * {@code @PastOrPresent} and friends judge dates by the bureau's calendar (China Standard Time), not the server's:
 * a container runs on UTC, and a work log dated "today" in the bureau would be "in the future" until 08:00.
 */
@AutoConfiguration
public class BureauTimeValidation {

    @Bean
    ValidationConfigurationCustomizer bureauClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock.withZone(Quarter.BUREAU_TIME));
    }
}
