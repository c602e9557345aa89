package cn.sangang.events.post;

import java.util.Objects;

/**
 * The leadership's quarterly assessment of a post (e.g. quarter {@code 2026-Q2}). A FAIL orders rectification
 * (RECTIFY) or removes the title (ADJUST, followed by {@code post-revoked}).
 */
public record PostAssessed(String postId, PostKind kind, String holderPersonNo, String unitCode, String quarter,
        Result result, Remedy remedy, String assessedBy) {

    public enum Result {
        PASS, FAIL
    }

    public enum Remedy {
        NONE, RECTIFY, ADJUST
    }

    public PostAssessed {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(remedy, "remedy");
    }
}
