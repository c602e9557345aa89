package cn.sangang.pledge.reminder.domain;

import java.time.LocalDate;
import java.util.List;

/** The pieces of a reminder's Chinese text: dates as a clerk writes them, and a short list of names. */
public final class ReminderText {

    /** Names shown before the rest is counted ("等 N 人"), so the inbox line stays readable. */
    public static final int NAMES_SHOWN = 5;

    private ReminderText() {
    }

    /** 2026年5月31日 */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 张三、李四 — or 张三、李四、王五、赵六、钱七等 8 人 when there are more than {@link #NAMES_SHOWN}. */
    public static String names(List<String> names) {
        if (names.size() <= NAMES_SHOWN) {
            return String.join("、", names);
        }
        return String.join("、", names.subList(0, NAMES_SHOWN)) + "等 " + names.size() + " 人";
    }
}
