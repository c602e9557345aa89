package cn.sangang.pledge.print;

import java.time.LocalDate;

/** One item of the pledge ledger (登记台账), in the words the ledger prints. */
public record LedgerRow(String pledgeKind, String pledger, int itemNo, String content, String responsibleName,
        LocalDate deadline, String expectedEffect, String status, boolean overdue, boolean late, String latestProgress,
        int progressEntries, int inspections, LocalDate lastInspection, String result, LocalDate rectificationDeadline,
        String rectificationClosed) {
}
