package cn.sangang.gateway.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofSeconds(30), Duration.ofMinutes(15),
            Duration.ofDays(1), 50, Duration.ofHours(1));
    private final Instant now = Instant.parse("2026-05-01T08:20:00Z");

    @Test
    void the_first_four_failures_of_an_address_cost_nothing_and_the_fifth_costs_thirty_seconds() {
        assertThat(throttle.delayAfter(4)).isZero();
        assertThat(throttle.delayAfter(5)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void each_further_failure_doubles_the_wait_up_to_fifteen_minutes() {
        assertThat(throttle.delayAfter(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.delayAfter(9)).isEqualTo(Duration.ofMinutes(8));
        assertThat(throttle.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void an_address_waits_out_the_delay_counted_from_its_last_failure() {
        Instant last = now.minusSeconds(10);

        assertThat(throttle.waitBefore(5, last, 5, true, now)).isEqualTo(Duration.ofSeconds(20));
        assertThat(throttle.waitBefore(5, now.minusSeconds(30), 5, true, now)).isZero();
        assertThat(throttle.waitBefore(4, last, 4, false, now)).isZero();
        assertThat(throttle.waitBefore(0, null, 0, false, now)).isZero();
    }

    @Test
    void past_the_ceiling_an_unfamiliar_address_waits_for_the_window_to_end_but_a_familiar_one_does_not() {
        assertThat(throttle.waitBefore(0, null, 50, false, now)).isEqualTo(Duration.ofMinutes(40));
        assertThat(throttle.waitBefore(0, null, 50, true, now)).isZero();
        assertThat(throttle.waitBefore(0, null, 49, false, now)).isZero();
        assertThat(throttle.waitBefore(5, now, 50, true, now)).as("its own count still holds")
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void the_ceiling_is_reached_once_per_window() {
        assertThat(throttle.reachesCeiling(49)).isFalse();
        assertThat(throttle.reachesCeiling(50)).isTrue();
        assertThat(throttle.reachesCeiling(51)).isFalse();
    }

    @Test
    void windows_start_at_fixed_times_so_an_old_count_stops_counting_on_its_own() {
        assertThat(throttle.ceilingWindowStart(now)).isEqualTo(Instant.parse("2026-05-01T08:00:00Z"));
        assertThat(throttle.addressWindowStart(now)).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
    }

    @Test
    void a_wait_is_told_in_whole_seconds_rounded_up_and_never_zero() {
        assertThat(LoginThrottle.seconds(Duration.ofMillis(29_001))).isEqualTo(30);
        assertThat(LoginThrottle.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(LoginThrottle.seconds(Duration.ZERO)).isEqualTo(1);
    }

    @Test
    void an_address_window_shorter_than_the_longest_delay_is_refused() {
        assertThatThrownBy(() -> new LoginThrottle(5, Duration.ofSeconds(30), Duration.ofHours(2), Duration.ofHours(1),
                50, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
