package cn.sangang.platform.reminder;

import java.time.LocalDate;

import cn.sangang.events.Quarter;

/** Dates and quarters as the reminders write them: 「2026年9月30日」, 「2026年第三季度」. */
public final class ChineseDates {

    private ChineseDates() {
    }

    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    public static String quarter(Quarter quarter) {
        return quarter.year() + "年第" + "一二三四".charAt(quarter.number() - 1) + "季度";
    }
}
