package cn.sangang.events.post;

import java.time.Instant;
import java.util.Objects;

/**
 * A post lost its title at {@code revokedAt}, in {@code quarter}: by one-vote veto (one of its four causes), by an
 * adjustment after a failed assessment, or because its holder left. Nothing is rewarded for that quarter or later.
 */
public record PostRevoked(String postId, PostKind kind, String holderPersonNo, String unitCode, Cause cause,
        Instant revokedAt, String quarter, String revokedBy) {

    public enum Cause {
        VETO_VIOLATION, VETO_ACCIDENT, VETO_COMPLAINT, VETO_IMAGE, ADJUSTMENT, HOLDER_LEFT;

        public boolean veto() {
            return name().startsWith("VETO_");
        }
    }

    public PostRevoked {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(quarter, "quarter");
    }
}
