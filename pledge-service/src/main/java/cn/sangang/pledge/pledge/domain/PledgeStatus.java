package cn.sangang.pledge.pledge.domain;

import java.util.Map;

import cn.sangang.platform.problem.ConflictException;

/**
 * SUBMITTED (提诺) → reviewed (审诺): APPROVED, or RETURNED for revision and SUBMITTED again → PUBLICIZED (亮诺, the
 * letter having been signed, 定诺) → EVALUATED (评诺). Fulfilment (践诺) happens while PUBLICIZED.
 */
public enum PledgeStatus {
    SUBMITTED, RETURNED, APPROVED, PUBLICIZED, EVALUATED;

    public void requireUnderReview() {
        if (this != SUBMITTED) {
            throw new ConflictException("pledge.not-under-review", Map.of("status", name()));
        }
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
        if (this != RETURNED) {
            throw new ConflictException("pledge.not-returned", Map.of("status", name()));
        }
        return SUBMITTED;
    }

    public PledgeStatus publish() {
        if (this != APPROVED) {
            throw new ConflictException("pledge.not-publishable", Map.of("status", name()));
        }
        return PUBLICIZED;
    }

    public PledgeStatus evaluate() {
        if (this != PUBLICIZED) {
            throw new ConflictException("pledge.not-evaluable", Map.of("status", name()));
        }
        return EVALUATED;
    }

    /** The letter (定诺) exists from approval on. */
    public void requireApproved() {
        if (this != APPROVED && this != PUBLICIZED && this != EVALUATED) {
            throw new ConflictException("pledge.letter-not-approved", Map.of("status", name()));
        }
    }

    /** Progress and inspections (践诺) follow publication. */
    public void requirePublished() {
        if (this != PUBLICIZED && this != EVALUATED) {
            throw new ConflictException("pledge.not-published-yet", Map.of("status", name()));
        }
    }
}
