package cn.sangang.pledge.pledge.domain;

import cn.sangang.platform.problem.ConflictException;

/**
 * An item in the ledger (登记台账): PLANNED until its pledge is published, then IN_PROGRESS, COMPLETED when its
 * responsible member reports it done; evaluation makes it FULFILLED, or RECTIFYING under a rectification order
 * until that is closed (RECTIFIED).
 */
public enum ItemStatus {
    PLANNED, IN_PROGRESS, COMPLETED, FULFILLED, RECTIFYING, RECTIFIED;

    public ItemStatus start() {
        require(this == PLANNED, "item is already under way");
        return IN_PROGRESS;
    }

    /** A progress entry; {@code completed} claims the item done. Rectification work is reported the same way. */
    public ItemStatus progress(boolean completed) {
        return switch (this) {
            case IN_PROGRESS, COMPLETED -> completed ? COMPLETED : this;
            case RECTIFYING -> RECTIFYING;
            default -> throw new ConflictException("no progress is reported on an item that is " + this);
        };
    }

    public ItemStatus evaluate(boolean fulfilled) {
        require(this == IN_PROGRESS || this == COMPLETED, "this item is already evaluated (" + this + ")");
        return fulfilled ? FULFILLED : RECTIFYING;
    }

    public ItemStatus closeRectification() {
        require(this == RECTIFYING, "this item has no open rectification order (it is " + this + ")");
        return RECTIFIED;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ConflictException(message);
        }
    }
}
