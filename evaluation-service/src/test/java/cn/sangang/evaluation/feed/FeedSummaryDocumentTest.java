package cn.sangang.evaluation.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedSummaryDocumentTest {

    @Test
    void a_withdrawn_reward_never_counts_whichever_of_grant_and_withdrawal_comes_first() {
        FeedSummaryDocument grantFirst = new FeedSummaryDocument("b", "2026-Q2");
        grantFirst.rewarded("r1", 1000);
        grantFirst.rewarded("r2", 1000);
        grantFirst.rewardWithdrawn("r1");
        FeedSummaryDocument withdrawalFirst = new FeedSummaryDocument("b", "2026-Q2");
        withdrawalFirst.rewardWithdrawn("r1");
        withdrawalFirst.rewarded("r1", 1000);
        withdrawalFirst.rewarded("r2", 1000);

        assertThat(grantFirst.summary()).isEqualTo(withdrawalFirst.summary());
        assertThat(grantFirst.summary().rewardsGranted()).isEqualTo(1);
        assertThat(grantFirst.summary().rewardYuanGranted()).isEqualTo(1000);
    }

    @Test
    void an_older_satisfaction_report_does_not_replace_a_newer_one_and_a_repeated_fact_changes_nothing() {
        FeedSummaryDocument summary = new FeedSummaryDocument("b", "2026-Q2");

        assertThat(summary.rated("SV1", 10, 9)).isTrue();
        assertThat(summary.rated("SV1", 4, 0)).isFalse();
        assertThat(summary.assessed("p1", true)).isTrue();
        assertThat(summary.assessed("p1", true)).isFalse();

        assertThat(summary.summary().surveyAnswers()).isEqualTo(10);
        assertThat(summary.summary().satisfactionRatePercent()).isEqualTo(90.0);
        assertThat(summary.summary().postAssessmentsPassed()).isEqualTo(1);
    }

    @Test
    void a_pledge_counts_once_however_often_its_approval_arrives() {
        FeedSummaryDocument summary = new FeedSummaryDocument("b", "2026-Q2");

        assertThat(summary.pledgeApproved("p1")).isTrue();
        assertThat(summary.pledgeApproved("p1")).isFalse();
        assertThat(summary.pledgeApproved("p2")).isTrue();

        assertThat(summary.summary().pledgesApproved()).isEqualTo(2);
    }
}
