package cn.sangang.zone.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.sangang.events.Quarter;
import cn.sangang.platform.problem.RuleViolationException;

class ZoneScoresTest {

    @Test
    void the_total_is_the_rounded_mean_of_the_three_criteria() {
        assertThat(new ZoneScores(92, 88, 90).total()).isEqualTo(90);
        assertThat(new ZoneScores(90, 90, 91).total()).isEqualTo(90);
        assertThat(new ZoneScores(90, 91, 91).total()).isEqualTo(91);
    }

    @Test
    void grades_excellent_from_90_good_from_80_pass_from_60() {
        assertThat(new ZoneScores(90, 90, 90).grade()).isEqualTo(ZoneScores.Grade.EXCELLENT);
        assertThat(new ZoneScores(80, 80, 80).grade()).isEqualTo(ZoneScores.Grade.GOOD);
        assertThat(new ZoneScores(60, 60, 60).grade()).isEqualTo(ZoneScores.Grade.PASS);
        assertThat(new ZoneScores(59, 59, 59).grade()).isEqualTo(ZoneScores.Grade.FAIL);
    }

    @Test
    void each_criterion_is_scored_from_0_to_100() {
        assertThatThrownBy(() -> new ZoneScores(101, 0, 0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new ZoneScores(0, -1, 0)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_quarter_is_assessed_once_it_has_begun() {
        LocalDate today = LocalDate.of(2026, 5, 10);

        assertThatCode(() -> ZoneScores.requireAssessable(Quarter.parse("2026-Q2"), today)).doesNotThrowAnyException();
        assertThatCode(() -> ZoneScores.requireAssessable(Quarter.parse("2025-Q4"), today)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ZoneScores.requireAssessable(Quarter.parse("2026-Q3"), today))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "assessment.quarter-not-begun");
    }
}
