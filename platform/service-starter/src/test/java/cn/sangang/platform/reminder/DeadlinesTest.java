package cn.sangang.platform.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

    static final LocalDate MAY_31 = LocalDate.of(2026, 5, 31);

    @Test
    void says_nothing_before_the_lead_time() {
        assertThat(Deadlines.threshold(MAY_31, LocalDate.of(2026, 5, 23), 7)).isEmpty();
    }

    @Test
    void is_due_soon_from_the_lead_time_through_the_day_itself() {
        assertThat(Deadlines.threshold(MAY_31, LocalDate.of(2026, 5, 24), 7)).contains("due-in-7-days");
        assertThat(Deadlines.threshold(MAY_31, MAY_31, 7)).contains("due-in-7-days");
    }

    @Test
    void is_overdue_from_the_next_day() {
        assertThat(Deadlines.threshold(MAY_31, LocalDate.of(2026, 6, 1), 7)).contains(Deadlines.OVERDUE);
    }
}
