package cn.sangang.pledge.pledge.domain;

/** The five checks the leadership applies to each pledge item (审诺). */
public enum ReviewCheck {
    ADVANCED_NATURE("体现先进性"), CENTRAL_WORK("围绕中心工作"), POST_DUTIES("符合岗位职责"), MASSES_WISHES("符合群众意愿"), FEASIBLE("切实可行");

    private final String label;

    ReviewCheck(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
