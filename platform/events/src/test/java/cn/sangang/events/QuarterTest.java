package cn.sangang.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void reads_and_writes_the_year_and_quarter_number() {
        assertThat(Quarter.parse("2026-Q2")).isEqualTo(new Quarter(2026, 2));
        assertThat(new Quarter(2026, 2)).hasToString("2026-Q2");
    }

    @Test
    void refuses_text_that_is_not_a_quarter() {
        for (String bad : new String[]{"2026-Q5", "2026Q1", "26-Q1", "", "2026-Q1 "}) {
            assertThatThrownBy(() -> Quarter.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Quarter.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void steps_across_the_turn_of_the_year() {
        assertThat(Quarter.parse("2026-Q1").previous()).isEqualTo(Quarter.parse("2025-Q4"));
        assertThat(Quarter.parse("2025-Q4").next()).isEqualTo(Quarter.parse("2026-Q1"));
        assertThat(Quarter.of(LocalDate.of(2026, 9, 30))).isEqualTo(Quarter.parse("2026-Q3"));
        assertThat(Quarter.parse("2026-Q3").firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
    }
}
