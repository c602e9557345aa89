package cn.sangang.zone.report.domain;

/** What a zone's written report is about (工作进展、经验做法、典型案例、工作成效). */
public enum ReportKind {
    PROGRESS("工作进展"), EXPERIENCE("经验做法"), TYPICAL_CASE("典型案例"), RESULTS("工作成效");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    /** The Chinese name the boards show. */
    public String label() {
        return label;
    }

    /** Only good practice and typical cases are promoted to the public board (宣传推介). */
    public boolean publishable() {
        return this == EXPERIENCE || this == TYPICAL_CASE;
    }
}
