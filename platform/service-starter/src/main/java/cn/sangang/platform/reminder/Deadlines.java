package cn.sangang.platform.reminder;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The thresholds of a deadline a reminder marks: {@code due-in-N-days} from N days before it up to the day itself,
 * {@code overdue} from the day after. Before the first there is nothing to say.
 */
public final class Deadlines {

    public static final String OVERDUE = "overdue";

    private Deadlines() {
    }

    public static Optional<String> threshold(LocalDate dueOn, LocalDate today, int daysBefore) {
        if (today.isAfter(dueOn)) {
            return Optional.of(OVERDUE);
        }
        if (!today.isBefore(dueOn.minusDays(daysBefore))) {
            return Optional.of(dueSoon(daysBefore));
        }
        return Optional.empty();
    }

    public static String dueSoon(int daysBefore) {
        return "due-in-" + daysBefore + "-days";
    }
}
