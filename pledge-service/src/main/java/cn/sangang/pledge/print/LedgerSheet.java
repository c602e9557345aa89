package cn.sangang.pledge.print;

import java.util.List;

import cn.sangang.platform.spreadsheet.Column;

/** The pledge ledger (登记台账) as a sheet: one line per item, in the columns the paper ledger has. */
public final class LedgerSheet {

    public static final String SHEET = "登记台账";

    public static final List<Column<LedgerRow>> COLUMNS = List.of(Column.of("承诺类型", 10, LedgerRow::pledgeKind),
            Column.of("承诺人/组织", 14, LedgerRow::pledger), Column.of("事项", 6, LedgerRow::itemNo),
            Column.of("承诺内容", 40, LedgerRow::content), Column.of("责任人", 10, LedgerRow::responsibleName),
            Column.of("完成时限", 12, LedgerRow::deadline), Column.of("预期效果", 30, LedgerRow::expectedEffect),
            Column.of("状态", 10, LedgerRow::status), Column.of("逾期", 6, LedgerRow::overdue),
            Column.of("逾期公示", 8, LedgerRow::late), Column.of("最新进展", 30, LedgerRow::latestProgress),
            Column.of("进展次数", 8, LedgerRow::progressEntries), Column.of("检查次数", 8, LedgerRow::inspections),
            Column.of("最近检查", 12, LedgerRow::lastInspection), Column.of("评议结果", 10, LedgerRow::result),
            Column.of("整改期限", 12, LedgerRow::rectificationDeadline),
            Column.of("整改完成", 10, LedgerRow::rectificationClosed));

    private LedgerSheet() {
    }

    public static String title(int year) {
        return year + "年度党员承诺践诺登记台账";
    }
}
