package cn.sangang.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;

class BureauTimeValidationTest {

    record Entry(@PastOrPresent LocalDate date) {
    }

    /** 17:00 UTC on 1 May is 01:00 on 2 May in the bureau. */
    private final Clock evening = Clock.fixed(Instant.parse("2026-05-01T17:00:00Z"), ZoneOffset.UTC);

    private Validator validator(boolean bureauTime) {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        if (bureauTime) {
            new BureauTimeValidation().bureauClock(evening).customize(configuration);
        } else {
            configuration.clockProvider(() -> evening);
        }
        return configuration.buildValidatorFactory().getValidator();
    }

    @Test
    void today_in_the_bureau_is_the_present_even_while_the_server_clock_is_still_on_yesterday() {
        Entry today = new Entry(LocalDate.of(2026, 5, 2));

        assertThat(validator(true).validate(today)).isEmpty();
        assertThat(validator(false).validate(today)).as("the server's own calendar would refuse it").hasSize(1);
    }

    @Test
    void tomorrow_in_the_bureau_is_still_the_future() {
        assertThat(validator(true).validate(new Entry(LocalDate.of(2026, 5, 3)))).hasSize(1);
    }
}
