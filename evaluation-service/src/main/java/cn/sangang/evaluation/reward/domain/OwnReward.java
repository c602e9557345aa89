package cn.sangang.evaluation.reward.domain;

import cn.sangang.events.post.PostKind;
import cn.sangang.platform.problem.ForbiddenException;

/**
 * Separation of duties: the office does not pay a reward to one of its own people for their own post. Known for
 * an individual post, whose holder every fact names; the people of a collective post's unit are the roster's, which
 * this service does not ask.
 */
public final class OwnReward {

    /** Why the attempt is refused, as the audit trail records it. */
    public static final String REASON = "不能发放本人示范岗的奖励，请由办公室其他人员办理";

    private OwnReward() {
    }

    public static void requireNotPaidByHolder(String personNo, PostKind kind, String holderPersonNo) {
        if (kind == PostKind.INDIVIDUAL && personNo != null && personNo.equals(holderPersonNo)) {
            throw new ForbiddenException("reward.own-post");
        }
    }
}
