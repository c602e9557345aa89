package cn.sangang.zone.report.domain;

import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.RuleViolationException;

/** A report goes to the education-practice office, which acknowledges it and may publish it. */
public enum ReportStatus {
    SUBMITTED, ACKNOWLEDGED, PUBLISHED;

    public ReportStatus acknowledge() {
        if (this != SUBMITTED) {
            throw new ConflictException("report.already-acknowledged");
        }
        return ACKNOWLEDGED;
    }

    public ReportStatus publish(ReportKind kind) {
        if (!kind.publishable()) {
            throw new RuleViolationException("report.not-publishable");
        }
        if (this == SUBMITTED) {
            throw new ConflictException("report.not-acknowledged");
        }
        if (this == PUBLISHED) {
            throw new ConflictException("report.already-published");
        }
        return PUBLISHED;
    }
}
