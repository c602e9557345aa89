package cn.sangang.platform.reminder;

import java.time.Duration;
import java.time.Instant;

/**
 * How long something submitted has waited for the one who acts on it: {@code waiting} from its submission,
 * {@code waiting-3-days} once three days (72 hours) have passed without them acting.
 */
public final class Waiting {

    public static final String WAITING = "waiting";
    public static final String WAITING_3_DAYS = "waiting-3-days";
    public static final Duration LONG_WAIT = Duration.ofDays(3);

    private Waiting() {
    }

    public static String threshold(Instant submittedAt, Instant now) {
        return now.isBefore(submittedAt.plus(LONG_WAIT)) ? WAITING : WAITING_3_DAYS;
    }
}
