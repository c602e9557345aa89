package cn.sangang.post.reminder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.sangang.events.Quarter;
import cn.sangang.platform.problem.RuleViolationException;
import cn.sangang.post.post.domain.Assessments;

class DueQuartersTest {

    private static final LocalDate AWARDED = LocalDate.of(2026, 5, 20);

    @Test
    void no_quarter_is_due_before_the_quarter_of_the_plaque_has_ended() {
        assertThat(DueQuarters.unassessed(AWARDED, LocalDate.of(2026, 6, 30), 0, List.of())).isEmpty();
    }

    @Test
    void every_ended_quarter_from_the_plaques_on_is_due_until_assessed() {
        assertThat(DueQuarters.unassessed(AWARDED, LocalDate.of(2027, 1, 1), 0, List.of("2026-Q3")))
                .extracting(Quarter::toString).containsExactly("2026-Q2", "2026-Q4");
    }

    @Test
    void a_bureau_that_assesses_in_the_last_days_of_a_quarter_is_reminded_from_then() {
        assertThat(DueQuarters.unassessed(AWARDED, LocalDate.of(2026, 6, 21), 10, List.of()))
                .extracting(Quarter::toString).containsExactly("2026-Q2");
        assertThat(DueQuarters.unassessed(AWARDED, LocalDate.of(2026, 6, 20), 10, List.of())).isEmpty();
    }

    @Test
    void a_post_without_a_plaque_has_no_quarter_due() {
        assertThat(DueQuarters.unassessed(null, LocalDate.of(2027, 1, 1), 0, List.of())).isEmpty();
    }

    @Test
    void a_quarter_is_due_exactly_when_the_assessment_rule_accepts_it() {
        Quarter quarter = Quarter.parse("2026-Q3");
        for (int withinLastDays : new int[]{0, 5, 92}) {
            for (LocalDate day = LocalDate.of(2026, 4, 1); day
                    .isBefore(LocalDate.of(2026, 11, 1)); day = day.plusDays(1)) {
                assertThat(DueQuarters.assessable(quarter, day, withinLastDays))
                        .as("%s, %s last days", day, withinLastDays).isEqualTo(accepted(quarter, day, withinLastDays));
            }
        }
    }

    private static boolean accepted(Quarter quarter, LocalDate today, int withinLastDays) {
        try {
            Assessments.requireAssessable(quarter, today, withinLastDays, null, List.of());
            return true;
        } catch (RuleViolationException refused) {
            return false;
        }
    }
}
