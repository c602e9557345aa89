package cn.sangang.evaluation.survey.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.sangang.platform.problem.ConflictException;

class SurveyRulesTest {

    @Test
    void an_open_survey_may_be_closed() {
        assertThatCode(() -> SurveyRules.requireOpen(true, "S1")).doesNotThrowAnyException();
    }

    @Test
    void a_closed_survey_is_not_closed_again() {
        assertThatThrownBy(() -> SurveyRules.requireOpen(false, "S1")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("survey.already-closed");
    }
}
