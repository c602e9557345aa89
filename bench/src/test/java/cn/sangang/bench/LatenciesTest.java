package cn.sangang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void a_percentile_is_the_nearest_rank_so_the_p99_of_a_hundred_is_the_ninety_ninth_value() {
        long[] sorted = new long[100];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }

        assertThat(Latencies.percentile(sorted, 50)).isEqualTo(50);
        assertThat(Latencies.percentile(sorted, 99)).isEqualTo(99);
        assertThat(Latencies.percentile(sorted, 100)).isEqualTo(100);
    }

    @Test
    void one_slow_request_in_a_hundred_shows_in_the_p99_not_the_p50() {
        Latencies latencies = new Latencies();
        for (int i = 0; i < 99; i++) {
            latencies.add(1_000_000);
        }
        latencies.add(500_000_000);

        var summary = latencies.summary();

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50Ms()).isEqualTo(1.0);
        assertThat(summary.p99Ms()).isEqualTo(1.0);
        assertThat(summary.maxMs()).isEqualTo(500.0);
    }
}
