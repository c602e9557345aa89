package cn.sangang.pledge.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The pledge ledger as an .xlsx workbook: a title row, a header row, then one row per item. */
public final class LedgerWorkbook {

    static final List<String> HEADERS = List.of("承诺类型", "承诺人/组织", "事项", "承诺内容", "责任人", "完成时限",
        "预期效果", "状态", "逾期", "逾期公示", "最新进展", "进展次数", "检查次数", "最近检查", "评议结果", "整改期限", "整改完成");

    private static final String DATE = "yyyy-mm-dd";

    private LedgerWorkbook() {
    }

    public static byte[] write(String title, List<LedgerRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "sangang", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("登记台账");
            sheet.value(0, 0, title);
            sheet.style(0, 0).bold().fontSize(14).set();
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.value(1, c, HEADERS.get(c));
                sheet.style(1, c).bold().fillColor("DDEBF7").set();
            }
            int r = 2;
            for (LedgerRow row : rows) {
                Object[] cells = {row.pledgeKind(), row.pledger(), row.itemNo(), row.content(), row.responsibleName(),
                    row.deadline(), row.expectedEffect(), row.status(), row.overdue() ? "是" : "否",
                    row.late() ? "是" : "否", row.latestProgress(), row.progressEntries(), row.inspections(),
                    row.lastInspection(), row.result(), row.rectificationDeadline(), row.rectificationClosed()};
                for (int c = 0; c < cells.length; c++) {
                    put(sheet, r, c, cells[c]);
                }
                r++;
            }
            sheet.width(3, 40);
            sheet.width(6, 30);
            sheet.width(10, 30);
            sheet.freezePane(0, 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(Worksheet sheet, int r, int c, Object value) {
        switch (value) {
            case null -> { }
            case LocalDate date -> {
                sheet.value(r, c, date);
                sheet.style(r, c).format(DATE).set();
            }
            case Integer number -> sheet.value(r, c, number);
            default -> sheet.value(r, c, value.toString());
        }
    }
}
