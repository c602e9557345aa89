package cn.sangang.events.pledge;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A pledge went up on the public board (亮诺). {@code late} says it went up after the campaign's publicity deadline.
 * {@code publicCode} is its public key: its board page and its satisfaction survey are addressed by it.
 */
public record PledgePublicized(String pledgeId, PledgeKind kind, int campaignYear, String proposerPersonNo,
        String publicCode, LocalDate publishedOn, LocalDate publicityDeadline, boolean late, int itemCount) {

    public PledgePublicized {
        Objects.requireNonNull(pledgeId, "pledgeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(publicCode, "publicCode");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(publicityDeadline, "publicityDeadline");
    }
}
