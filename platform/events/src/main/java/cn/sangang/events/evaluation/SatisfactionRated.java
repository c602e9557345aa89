package cn.sangang.events.evaluation;

import java.util.Objects;

/**
 * A survey's satisfaction result so far: about {@code targetType} {@code targetId} (a post id, zone id, pledge id,
 * or the bureau for its leadership) in {@code quarter}. Published as answers arrive, a few seconds apart; a later
 * one replaces an earlier one. {@code ratePercent} is (满意 + 基本满意) / answers, null before the first answer.
 */
public record SatisfactionRated(String surveyCode, String targetType, String targetId, String quarter, long answers,
        long satisfied, long basicallySatisfied, long dissatisfied, Double ratePercent) {

    public SatisfactionRated {
        Objects.requireNonNull(surveyCode, "surveyCode");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(quarter, "quarter");
    }
}
