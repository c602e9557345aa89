package cn.sangang.evaluation.survey.domain;

/**
 * A survey's tally and its satisfaction rate (满意率): the share of respondents answering 满意 or 基本满意, in
 * percent with one decimal; no rate at all before the first answer ("no data yet").
 */
public record Satisfaction(long satisfied, long basicallySatisfied, long dissatisfied) {

    public long answers() {
        return satisfied + basicallySatisfied + dissatisfied;
    }

    public Double ratePercent() {
        long answers = answers();
        return answers == 0 ? null : Math.round((satisfied + basicallySatisfied) * 1000.0 / answers) / 10.0;
    }
}
