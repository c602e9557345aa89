package cn.sangang.bench;

import java.util.Arrays;

/**
 * The latencies of one run, kept whole — a run is at most a few hundred thousand requests — so its percentiles are
 * exact (nearest rank), not a histogram's estimate.
 */
final class Latencies {

    record Summary(int count, double p50Ms, double p90Ms, double p99Ms, double maxMs) {
    }

    private long[] nanos = new long[4096];
    private int count;

    synchronized void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Summary(count, millis(percentile(sorted, 50)), millis(percentile(sorted, 90)),
                millis(percentile(sorted, 99)), millis(count == 0 ? 0 : sorted[count - 1]));
    }

    /** The smallest value that at least {@code p} percent of the values do not exceed. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
