package cn.sangang.post.reminder.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.sangang.events.Quarter;

/**
 * The quarters of a titled post that wait for their assessment: from the quarter of its plaque on, each one the
 * leadership may assess today and has not — the same calendar as {@code Assessments.requireAssessable}: once the
 * quarter has ended, or within its last {@code withinLastDays} days where the bureau allows that.
 */
public final class DueQuarters {

    private DueQuarters() {
    }

    public static List<Quarter> unassessed(LocalDate awardedOn, LocalDate today, int withinLastDays,
            Collection<String> assessedQuarters) {
        if (awardedOn == null) {
            return List.of();
        }
        List<Quarter> due = new ArrayList<>();
        for (Quarter quarter = Quarter.of(awardedOn); assessable(quarter, today,
                withinLastDays); quarter = quarter.next()) {
            if (!assessedQuarters.contains(quarter.toString())) {
                due.add(quarter);
            }
        }
        return due;
    }

    public static boolean assessable(Quarter quarter, LocalDate today, int withinLastDays) {
        return today.isAfter(lastDay(quarter).minusDays(withinLastDays));
    }

    public static LocalDate lastDay(Quarter quarter) {
        return quarter.firstDay().plusMonths(3).minusDays(1);
    }
}
