package cn.sangang.platform.outbox;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Reruns a command that lost a race for an aggregate's version, for commands that do not depend on what the caller
 * last saw (an entry appended to a ledger): two people recording at once should both be recorded, not one refused
 * with "changed meanwhile". Each attempt reads the aggregate afresh and applies its rules again, so a rule the other
 * change now breaks refuses as usual; the save of an attempt that lost writes nothing, its audit entry and events
 * included.
 */
public final class ConcurrentEdits {

    static final int ATTEMPTS = 5;

    private ConcurrentEdits() {
    }

    /** The command's result; the conflict of the last attempt (answered 409) once every attempt lost. */
    public static <T> T retried(Supplier<T> command) {
        for (int attempt = 1;; attempt++) {
            try {
                return command.get();
            } catch (OptimisticLockingFailureException lostRace) {
                if (attempt == ATTEMPTS) {
                    throw lostRace;
                }
                pause(attempt);
            }
        }
    }

    /** A random wait growing with each lost race, so that the racers do not meet again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between attempts", e);
        }
    }
}
