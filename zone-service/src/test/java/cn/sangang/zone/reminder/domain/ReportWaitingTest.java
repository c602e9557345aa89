package cn.sangang.zone.reminder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.sangang.platform.reminder.Waiting;

class ReportWaitingTest {

    private static final Instant SUBMITTED = Instant.parse("2026-10-05T02:00:00Z");

    @Test
    void a_report_waits_from_its_submission_and_long_from_three_days_after_it() {
        assertThat(Waiting.threshold(SUBMITTED, SUBMITTED)).isEqualTo("waiting");
        assertThat(Waiting.threshold(SUBMITTED, SUBMITTED.plus(Duration.ofDays(3)).minusSeconds(1)))
                .isEqualTo("waiting");
        assertThat(Waiting.threshold(SUBMITTED, SUBMITTED.plus(Duration.ofDays(3)))).isEqualTo("waiting-3-days");
        assertThat(Waiting.threshold(SUBMITTED, SUBMITTED.plus(Duration.ofDays(30)))).isEqualTo("waiting-3-days");
    }
}
