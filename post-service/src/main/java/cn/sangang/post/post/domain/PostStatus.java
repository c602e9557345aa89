package cn.sangang.post.post.domain;

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
        require(this == NOMINATED, "only a nomination is withdrawn");
        return WITHDRAWN;
    }

    public PostStatus establish() {
        require(this == NOMINATED, "only a nominated post is established");
        return ESTABLISHED;
    }

    public PostStatus notElected() {
        require(this == NOMINATED, "only a nominated post stands in an election");
        return NOT_ELECTED;
    }

    public PostStatus award() {
        require(this == ESTABLISHED, "a plaque is awarded to an established post that has none");
        return AWARDED;
    }

    /** Assessed, vetoed or adjusted: only a post that holds its title. */
    public void requireTitled(String what) {
        require(this == AWARDED, what + " needs a model post that holds its title (this one is " + this + ")");
    }

    public PostStatus revoke() {
        require(this == AWARDED || this == ESTABLISHED, "this post holds no title to revoke (it is " + this + ")");
        return REVOKED;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ConflictException(message);
        }
    }
}
