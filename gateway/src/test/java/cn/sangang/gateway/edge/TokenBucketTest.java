package cn.sangang.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private final Instant start = Instant.parse("2026-05-01T08:00:00Z");

    @Test
    void allows_a_burst_of_its_capacity_then_says_how_long_to_wait() {
        TokenBucket bucket = new TokenBucket(3, Duration.ofMinutes(1), start);

        assertThat(bucket.take(start)).isZero();
        assertThat(bucket.take(start)).isZero();
        assertThat(bucket.take(start)).isZero();
        assertThat(bucket.take(start)).isEqualTo(20);
    }

    @Test
    void refills_evenly_over_the_period() {
        TokenBucket bucket = new TokenBucket(3, Duration.ofMinutes(1), start);
        for (int i = 0; i < 3; i++) {
            bucket.take(start);
        }

        assertThat(bucket.take(start.plusSeconds(19))).isEqualTo(1);
        assertThat(bucket.take(start.plusSeconds(21))).isZero();
        assertThat(bucket.full(start.plusSeconds(120))).isTrue();
    }
}
