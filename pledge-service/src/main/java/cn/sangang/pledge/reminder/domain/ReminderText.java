package cn.sangang.pledge.reminder.domain;

import java.util.List;

/** A short list of names in a reminder's Chinese text. */
public final class ReminderText {

    /** Names shown before the rest is counted ("等 N 人"), so the inbox line stays readable. */
    public static final int NAMES_SHOWN = 5;

    private ReminderText() {
    }

    /** 张三、李四 — or 张三、李四、王五、赵六、钱七等 8 人 when there are more than {@link #NAMES_SHOWN}. */
    public static String names(List<String> names) {
        if (names.size() <= NAMES_SHOWN) {
            return String.join("、", names);
        }
        return String.join("、", names.subList(0, NAMES_SHOWN)) + "等 " + names.size() + " 人";
    }
}
