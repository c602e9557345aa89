package cn.sangang.platform.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CorrelationIdsTest {

    @Test
    void keeps_a_sane_id_the_caller_sends() {
        assertThat(CorrelationIds.keepOrStart("gw-12345678")).isEqualTo("gw-12345678");
        assertThat(CorrelationIds.keepOrStart("a".repeat(64))).isEqualTo("a".repeat(64));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"short", "line\nbreak-12345678", "semi;colon-1234", "spaces are not ids",
            "é-accented-1234"})
    void starts_a_new_id_instead_of_one_that_could_forge_a_log_line_or_split_a_header(String given) {
        String id = CorrelationIds.keepOrStart(given);

        assertThat(id).isNotEqualTo(given).matches("[0-9a-f-]{36}");
    }

    @Test
    void starts_a_new_id_instead_of_one_too_long_for_a_log_line() {
        assertThat(CorrelationIds.keepOrStart("a".repeat(65))).hasSize(36);
    }

    @Test
    void each_new_id_is_different() {
        assertThat(CorrelationIds.keepOrStart(null)).isNotEqualTo(CorrelationIds.keepOrStart(null));
    }
}
