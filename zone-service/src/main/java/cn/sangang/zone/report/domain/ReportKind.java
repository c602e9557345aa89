package cn.sangang.zone.report.domain;

/** What a zone's written report is about (工作进展、经验做法、典型案例、工作成效). */
public enum ReportKind {
    PROGRESS, EXPERIENCE, TYPICAL_CASE, RESULTS;

    /** Only good practice and typical cases are promoted to the public board (宣传推介). */
    public boolean publishable() {
        return this == EXPERIENCE || this == TYPICAL_CASE;
    }
}
