package cn.sangang.zone.report.domain;

import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.RuleViolationException;

/** A report goes to the education-practice office, which acknowledges it and may publish it. */
public enum ReportStatus {
    SUBMITTED, ACKNOWLEDGED, PUBLISHED;

    public ReportStatus acknowledge() {
        if (this != SUBMITTED) {
            throw new ConflictException("this report was already acknowledged");
        }
        return ACKNOWLEDGED;
    }

    public ReportStatus publish(ReportKind kind) {
        if (!kind.publishable()) {
            throw new RuleViolationException("only good practice (EXPERIENCE) and typical cases (TYPICAL_CASE) go on the public board");
        }
        if (this == SUBMITTED) {
            throw new ConflictException("acknowledge the report before publishing it");
        }
        if (this == PUBLISHED) {
            throw new ConflictException("this report is already on the public board");
        }
        return PUBLISHED;
    }
}
