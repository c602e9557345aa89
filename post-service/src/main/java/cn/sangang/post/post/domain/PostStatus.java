package cn.sangang.post.post.domain;

import java.util.Map;

import cn.sangang.platform.problem.ConflictException;

/**
 * NOMINATED → ESTABLISHED (elected, or resolved by the bureau affairs meeting) → AWARDED (plaque hung) → REVOKED.
 * A nomination that loses its election is NOT_ELECTED; one whose nominee left the bureau or the Party is WITHDRAWN.
 */
public enum PostStatus {
    NOMINATED, NOT_ELECTED, WITHDRAWN, ESTABLISHED, AWARDED, REVOKED;

    /** Still on its way to, or holding, the title. */
    public boolean live() {
        return this == NOMINATED || this == ESTABLISHED || this == AWARDED;
    }

    public PostStatus withdraw() {
        if (this != NOMINATED) {
            throw new ConflictException("post.withdraw-not-nominated", now());
        }
        return WITHDRAWN;
    }

    public PostStatus establish() {
        if (this != NOMINATED) {
            throw new ConflictException("post.establish-not-nominated", now());
        }
        return ESTABLISHED;
    }

    public PostStatus notElected() {
        if (this != NOMINATED) {
            throw new ConflictException("post.elect-not-nominated", now());
        }
        return NOT_ELECTED;
    }

    public PostStatus award() {
        if (this != ESTABLISHED) {
            throw new ConflictException("post.award-not-established", now());
        }
        return AWARDED;
    }

    /** Assessed, or its rectification closed: only a post that holds its title. */
    public void requireTitled() {
        if (this != AWARDED) {
            throw new ConflictException("post.not-titled", now());
        }
    }

    public PostStatus revoke() {
        if (this != AWARDED && this != ESTABLISHED) {
            throw new ConflictException("post.nothing-to-revoke", now());
        }
        return REVOKED;
    }

    /** The status a refusal names, said in words through the bundles' post-status.* keys. */
    private Map<String, String> now() {
        return Map.of("status", name());
    }
}
