package cn.sangang.zone.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.RuleViolationException;

class ReportStatusTest {

    @Test
    void the_office_acknowledges_a_report_and_then_may_publish_good_practice_or_a_typical_case() {
        assertThat(ReportStatus.SUBMITTED.acknowledge().publish(ReportKind.TYPICAL_CASE))
                .isEqualTo(ReportStatus.PUBLISHED);
        assertThat(ReportStatus.ACKNOWLEDGED.publish(ReportKind.EXPERIENCE)).isEqualTo(ReportStatus.PUBLISHED);
    }

    @Test
    void progress_and_results_reports_stay_internal() {
        assertThatThrownBy(() -> ReportStatus.ACKNOWLEDGED.publish(ReportKind.PROGRESS))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> ReportStatus.ACKNOWLEDGED.publish(ReportKind.RESULTS))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_report_is_acknowledged_once_and_published_once_and_only_after_acknowledgement() {
        assertThatThrownBy(() -> ReportStatus.SUBMITTED.publish(ReportKind.EXPERIENCE))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ReportStatus.ACKNOWLEDGED.acknowledge()).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ReportStatus.PUBLISHED.publish(ReportKind.EXPERIENCE))
                .isInstanceOf(ConflictException.class);
    }
}
