package cn.sangang.evaluation.survey.domain;

/** The three answers of a satisfaction survey (群众满意度测评). */
public enum Rating {
    SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), DISSATISFIED("不满意");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
