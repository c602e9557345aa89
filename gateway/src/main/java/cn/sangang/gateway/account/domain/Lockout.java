package cn.sangang.gateway.account.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * After {@code maxFailures} wrong passwords in a row an account is locked for {@code lockFor}; a right password
 * (while not locked) or a reset clears the count.
 */
public record Lockout(int maxFailures, Duration lockFor) {

    public Lockout {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
    }

    public boolean locked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** When the account unlocks after this failure, or null when it stays open. */
    public Instant lockedUntilAfter(int failuresSoFar, Instant now) {
        return failuresSoFar >= maxFailures ? now.plus(lockFor) : null;
    }
}
