package cn.sangang.events.evaluation;

import java.util.Objects;

import cn.sangang.events.post.PostKind;

/**
 * A model post passed its quarterly assessment in two consecutive quarters ({@code quarters}, e.g.
 * {@code 2026-Q1/2026-Q2}), so its holder — the person of an individual post, the unit of a collective one — is
 * granted the bureau's reward of {@code amountYuan}. Granted once per post and pair, whatever the events' order.
 */
public record RewardGranted(String rewardId, String postId, PostKind kind, String holderPersonNo, String unitCode,
        String quarters, int amountYuan) {

    public RewardGranted {
        Objects.requireNonNull(rewardId, "rewardId");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(quarters, "quarters");
    }
}
