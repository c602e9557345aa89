package cn.sangang.pledge.pledge.domain;

import cn.sangang.platform.problem.ConflictException;

/**
 * SUBMITTED (提诺) → reviewed (审诺): APPROVED, or RETURNED for revision and SUBMITTED again → PUBLICIZED (亮诺, the
 * letter having been signed, 定诺) → EVALUATED (评诺). Fulfilment (践诺) happens while PUBLICIZED.
 */
public enum PledgeStatus {
    SUBMITTED, RETURNED, APPROVED, PUBLICIZED, EVALUATED;

    public void requireUnderReview() {
        require(this == SUBMITTED, "only a submitted pledge is reviewed (this one is " + this + ")");
    }

    public PledgeStatus approve() {
        requireUnderReview();
        return APPROVED;
    }

    public PledgeStatus giveBack() {
        requireUnderReview();
        return RETURNED;
    }

    public PledgeStatus resubmit() {
        require(this == RETURNED, "only a pledge returned for revision is revised (this one is " + this + ")");
        return SUBMITTED;
    }

    public PledgeStatus publish() {
        require(this == APPROVED, "only an approved pledge that is not yet public is published (this one is " + this + ")");
        return PUBLICIZED;
    }

    public PledgeStatus evaluate() {
        require(this == PUBLICIZED, "only a published pledge not yet evaluated is evaluated (this one is " + this + ")");
        return EVALUATED;
    }

    /** The letter (定诺) exists from approval on. */
    public void requireApproved(String what) {
        require(this == APPROVED || this == PUBLICIZED || this == EVALUATED,
            what + " needs an approved pledge (this one is " + this + ")");
    }

    /** Progress and inspections (践诺) follow publication. */
    public void requirePublished(String what) {
        require(this == PUBLICIZED || this == EVALUATED, what + " needs a published pledge (this one is " + this + ")");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ConflictException(message);
        }
    }
}
