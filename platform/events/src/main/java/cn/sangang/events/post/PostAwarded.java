package cn.sangang.events.post;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A model post was established and its plaque awarded (授牌). {@code holderPersonNo} is set for an individual post,
 * {@code unitCode} for a collective one (and the holder's unit for an individual one). {@code plaqueCode} is the
 * plaque's public key: its page, its QR code and its satisfaction survey are addressed by it.
 */
public record PostAwarded(String postId, PostKind kind, String title, String holderPersonNo, String unitCode,
        String plaqueNo, String plaqueCode, LocalDate awardedOn) {

    public PostAwarded {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(awardedOn, "awardedOn");
    }
}
