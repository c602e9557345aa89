package cn.sangang.zone.reminder.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a report has waited for the office: {@code waiting} from its submission, {@code waiting-3-days} once
 * three days (72 hours) have passed without the office acknowledging it.
 */
public final class ReportWaiting {

    public static final String WAITING = "waiting";
    public static final String WAITING_3_DAYS = "waiting-3-days";
    public static final Duration LONG_WAIT = Duration.ofDays(3);

    private ReportWaiting() {
    }

    public static String threshold(Instant submittedAt, Instant now) {
        return now.isBefore(submittedAt.plus(LONG_WAIT)) ? WAITING : WAITING_3_DAYS;
    }
}
