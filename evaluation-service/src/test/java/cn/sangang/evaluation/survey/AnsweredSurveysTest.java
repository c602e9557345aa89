package cn.sangang.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import cn.sangang.evaluation.survey.domain.TargetType;

class AnsweredSurveysTest {

    private final AnsweredSurveys answered = new AnsweredSurveys();
    private final AtomicInteger reads = new AtomicInteger();
    private final Function<String, SurveyDocument> store = code -> {
        reads.incrementAndGet();
        return new SurveyDocument("b1", code, TargetType.LEADERSHIP, null, "领导班子测评", "2026-Q4", false);
    };

    @Test
    void a_surge_of_answers_reads_the_survey_from_the_store_once() {
        for (int i = 0; i < 100; i++) {
            assertThat(answered.get("S1", store).code()).isEqualTo("S1");
        }

        assertThat(reads).hasValue(1);
    }

    @Test
    void a_closed_survey_is_read_again_at_once() {
        answered.get("S1", store);
        answered.forget("S1");

        answered.get("S1", store);

        assertThat(reads).hasValue(2);
    }

    @Test
    void each_survey_is_kept_apart() {
        answered.get("S1", store);

        assertThat(answered.get("S2", store).code()).isEqualTo("S2");
        assertThat(reads).hasValue(2);
    }
}
