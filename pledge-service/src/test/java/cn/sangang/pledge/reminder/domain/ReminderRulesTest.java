package cn.sangang.pledge.reminder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.sangang.platform.reminder.ChineseDates;
import cn.sangang.platform.reminder.Waiting;

class ReminderRulesTest {

    private static final Instant SUBMITTED = Instant.parse("2026-05-10T02:00:00Z");

    @Test
    void a_pledge_waits_for_review_from_its_submission_and_waits_long_after_three_full_days() {
        assertThat(Waiting.threshold(SUBMITTED, SUBMITTED)).isEqualTo("waiting");
        assertThat(Waiting.threshold(SUBMITTED, SUBMITTED.plus(Duration.ofDays(3)).minusSeconds(1)))
                .isEqualTo("waiting");
        assertThat(Waiting.threshold(SUBMITTED, SUBMITTED.plus(Duration.ofDays(3)))).isEqualTo("waiting-3-days");
    }

    @Test
    void dates_read_as_a_clerk_writes_them() {
        assertThat(ChineseDates.date(LocalDate.of(2026, 5, 31))).isEqualTo("2026年5月31日");
        assertThat(ChineseDates.date(LocalDate.of(2027, 1, 3))).isEqualTo("2027年1月3日");
    }

    @Test
    void a_long_list_of_names_shows_five_and_counts_them_all() {
        assertThat(ReminderText.names(List.of("张三", "李四"))).isEqualTo("张三、李四");
        assertThat(ReminderText.names(List.of("甲", "乙", "丙", "丁", "戊"))).isEqualTo("甲、乙、丙、丁、戊");
        assertThat(ReminderText.names(List.of("甲", "乙", "丙", "丁", "戊", "己", "庚"))).isEqualTo("甲、乙、丙、丁、戊等 7 人");
    }
}
