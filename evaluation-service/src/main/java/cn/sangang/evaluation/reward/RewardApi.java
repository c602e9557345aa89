package cn.sangang.evaluation.reward;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import cn.sangang.evaluation.reward.domain.RewardBook.Status;
import cn.sangang.events.post.PostKind;

/** The request and response bodies of the reward API. */
final class RewardApi {

    private RewardApi() {
    }

    record RewardView(String rewardId, String postId, PostKind kind, String holderPersonNo, String unitCode,
            String quarters, int amountYuan, Status status, boolean disqualifiedAfterPayment, Instant grantedAt,
            Instant withdrawnAt, Instant paidAt, String paidBy) {

        static RewardView of(PostRecordDocument r, PostRecordDocument.Reward w) {
            return new RewardView(r.postId() + ":" + w.quarters(), r.postId(), r.kind(), r.holderPersonNo(),
                    r.unitCode(), w.quarters(), w.amountYuan(), w.status(), w.disqualifiedAfterPayment(), w.grantedAt(),
                    w.withdrawnAt(), w.paidAt(), w.paidBy());
        }
    }

    record RewardAmount(@NotNull @Min(0) @Max(1_000_000) Integer amountYuan) {
    }
}
