package cn.sangang.events.evaluation;

import java.util.Objects;

/**
 * The county office's view of one bureau in one quarter — aggregates only, never a person's answers or names. One
 * message per bureau and quarter on the compacted topic {@code evaluation-feed}; the latest replaces the rest.
 * Its JSON schema is {@code evaluation-feed/bureau-quarter-summary.v2.schema.json} in this library.
 */
public record BureauQuarterSummary(String quarter, int postsAwarded, int postAssessmentsPassed,
        int postAssessmentsFailed, int postsRevoked, int zoneAssessments, Double zoneAverageScore, long surveyAnswers,
        Double satisfactionRatePercent, int pledgesApproved, int pledgeItemsEvaluated, int pledgeItemsFulfilled,
        int rewardsGranted, long rewardYuanGranted) {

    public BureauQuarterSummary {
        Objects.requireNonNull(quarter, "quarter");
    }
}
