package cn.sangang.pledge.pledge.domain;

import java.util.Map;

import cn.sangang.platform.problem.ConflictException;

/**
 * An item in the ledger (登记台账): PLANNED until its pledge is published, then IN_PROGRESS, COMPLETED when its
 * responsible member reports it done; evaluation makes it FULFILLED, or RECTIFYING under a rectification order
 * until that is closed (RECTIFIED).
 */
public enum ItemStatus {
    PLANNED, IN_PROGRESS, COMPLETED, FULFILLED, RECTIFYING, RECTIFIED;

    public ItemStatus start() {
        if (this != PLANNED) {
            throw new ConflictException("item.already-started", Map.of("status", name()));
        }
        return IN_PROGRESS;
    }

    /** A progress entry; {@code completed} claims the item done. Rectification work is reported the same way. */
    public ItemStatus progress(boolean completed) {
        return switch (this) {
            case IN_PROGRESS, COMPLETED -> completed ? COMPLETED : this;
            case RECTIFYING -> RECTIFYING;
            default -> throw new ConflictException("item.no-progress-now", Map.of("status", name()));
        };
    }

    public ItemStatus evaluate(boolean fulfilled) {
        if (this != IN_PROGRESS && this != COMPLETED) {
            throw new ConflictException("item.already-evaluated", Map.of("status", name()));
        }
        return fulfilled ? FULFILLED : RECTIFYING;
    }

    public ItemStatus closeRectification() {
        if (this != RECTIFYING) {
            throw new ConflictException("item.no-open-rectification", Map.of("status", name()));
        }
        return RECTIFIED;
    }
}
