package cn.sangang.pledge.pledge.domain;

import java.time.LocalDate;

/** The ledger's warnings, judged on the bureau's calendar day. */
public final class Flags {

    private Flags() {
    }

    /** Published after the campaign's publicity deadline, or still unpublished once it has passed. */
    public static boolean late(LocalDate publicityDeadline, LocalDate publishedOn, LocalDate today) {
        return publishedOn != null ? publishedOn.isAfter(publicityDeadline) : today.isAfter(publicityDeadline);
    }

    /** Past its deadline and not yet done, or past the deadline of its open rectification order. */
    public static boolean overdue(ItemStatus status, LocalDate deadline, LocalDate rectificationDeadline,
            LocalDate today) {
        return switch (status) {
            case PLANNED, IN_PROGRESS -> today.isAfter(deadline);
            case RECTIFYING -> today.isAfter(rectificationDeadline);
            case COMPLETED, FULFILLED, RECTIFIED -> false;
        };
    }
}
