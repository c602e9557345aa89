package cn.sangang.gateway.edge;

import java.time.Duration;
import java.time.Instant;

/**
 * A bucket of {@code capacity} tokens refilled evenly over {@code period}: bursts up to the capacity, then the
 * steady rate. Not thread-safe on its own; the caller synchronises on it.
 */
final class TokenBucket {

    private final int capacity;
    private final double tokensPerNano;
    private double tokens;
    private long lastRefillNanos;

    TokenBucket(int capacity, Duration period, Instant now) {
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) period.toNanos();
        this.tokens = capacity;
        this.lastRefillNanos = nanos(now);
    }

    /** Takes a token; returns 0 when one was taken, else the whole seconds until one will be there. */
    long take(Instant now) {
        long current = nanos(now);
        tokens = Math.min(capacity, tokens + (current - lastRefillNanos) * tokensPerNano);
        lastRefillNanos = current;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano / 1_000_000_000d));
    }

    boolean full(Instant now) {
        return tokens + (nanos(now) - lastRefillNanos) * tokensPerNano >= capacity;
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
