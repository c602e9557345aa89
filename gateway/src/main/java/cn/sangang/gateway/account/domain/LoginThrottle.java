package cn.sangang.gateway.account.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a client must wait before its next password for a user name. A stranger must not be able to lock an
 * owner out, so failures count per (user name, client address): the first {@code freeFailures} in an
 * {@code addressWindow} cost nothing, then every further one doubles the wait from {@code firstDelay} up to
 * {@code maxDelay}. Spread over many addresses, more than {@code ceiling} failures in a {@code ceilingWindow} hold
 * back every address the account has not logged in from lately, until the window ends; an address it has is held
 * by its own count only. Counts live in fixed windows, so a count that nobody deletes still stops counting.
 */
public record LoginThrottle(int freeFailures, Duration firstDelay, Duration maxDelay, Duration addressWindow,
        int ceiling, Duration ceilingWindow) {

    public LoginThrottle {
        if (freeFailures < 1 || ceiling < 1) {
            throw new IllegalArgumentException("freeFailures and ceiling must be at least 1");
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("the delays must satisfy 0 <= firstDelay <= maxDelay");
        }
        if (addressWindow.compareTo(maxDelay) <= 0 || !ceilingWindow.isPositive()) {
            throw new IllegalArgumentException("the address window must outlast the longest delay");
        }
    }

    /** The wait after an address's {@code failures}-th failure in a row: zero while they are free. */
    public Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /**
     * How long the next attempt must wait; zero to go ahead.
     *
     * @param addressFailures failures of this address for this user name in the current address window
     * @param lastFailure     when the last of them happened, or null when there was none
     * @param userFailures    failures for this user name from every address in the current ceiling window
     * @param familiarAddress whether the account logged in from this address lately (never for an unknown name)
     */
    public Duration waitBefore(int addressFailures, Instant lastFailure, int userFailures, boolean familiarAddress,
            Instant now) {
        Duration wait = Duration.ZERO;
        if (lastFailure != null) {
            Instant until = lastFailure.plus(delayAfter(addressFailures));
            if (now.isBefore(until)) {
                wait = Duration.between(now, until);
            }
        }
        if (!familiarAddress && userFailures >= ceiling) {
            Duration rest = Duration.between(now, windowStart(ceilingWindow, now).plus(ceilingWindow));
            wait = rest.compareTo(wait) > 0 ? rest : wait;
        }
        return wait;
    }

    /** Whether this failure, the {@code userFailures}-th of the window, is the one that reaches the ceiling. */
    public boolean reachesCeiling(int userFailures) {
        return userFailures == ceiling;
    }

    public Instant addressWindowStart(Instant now) {
        return windowStart(addressWindow, now);
    }

    public Instant ceilingWindowStart(Instant now) {
        return windowStart(ceilingWindow, now);
    }

    /** Whole seconds to tell the client, never zero: a Retry-After of 0 invites an immediate retry. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static Instant windowStart(Duration window, Instant now) {
        long size = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
    }
}
