package cn.sangang.events.evaluation;

import java.util.Objects;

/**
 * A granted reward no longer stands: a revocation of the post in or before its second quarter became known after
 * it was granted. {@code paidAlready} tells the office it was paid before that became known.
 */
public record RewardWithdrawn(String rewardId, String postId, String quarters, boolean paidAlready) {

    public RewardWithdrawn {
        Objects.requireNonNull(rewardId, "rewardId");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(quarters, "quarters");
    }
}
