package cn.sangang.platform.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes one sheet as .xlsx straight to a stream: a title row, a bold header row frozen in place, then the rows
 * as they come. Rows are flushed every {@link #FLUSH_EVERY}, so an export of any length holds only that many in
 * memory; callers pass an iterator over a store cursor, never a whole list they built first.
 */
public final class XlsxExport {

    static final int FLUSH_EVERY = 500;

    /** What Excel and LibreOffice open: 1,048,576 rows per sheet, less the title and the header. */
    public static final int MAX_ROWS = 1_048_576 - 2;

    private static final ZoneId BUREAU_TIME = ZoneId.of("Asia/Shanghai");
    private static final String DATE = "yyyy-mm-dd";
    private static final String DATE_TIME = "yyyy-mm-dd hh:mm";

    private XlsxExport() {
    }

    /** Writes the sheet and returns how many rows it holds; the caller closes {@code out}. */
    public static <T> int write(OutputStream out, String sheetName, String title, List<Column<T>> columns,
            Iterator<? extends T> rows) {
        Objects.requireNonNull(out, "out");
        try {
            Workbook workbook = new Workbook(out, "sangang", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            sheet.value(0, 0, title);
            sheet.style(0, 0).bold().fontSize(14).set();
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(1, c, columns.get(c).header());
                sheet.style(1, c).bold().fillColor("DDEBF7").set();
                sheet.width(c, columns.get(c).width());
            }
            sheet.freezePane(0, 2);
            int count = 0;
            while (rows.hasNext()) {
                if (count == MAX_ROWS) {
                    throw new IllegalStateException("an export is limited to " + MAX_ROWS + " rows");
                }
                T row = rows.next();
                int r = count + 2;
                for (int c = 0; c < columns.size(); c++) {
                    put(sheet, r, c, columns.get(c).value().apply(row));
                }
                count++;
                if (count % FLUSH_EVERY == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Worksheet sheet, int r, int c, Object value) {
        switch (value) {
            case null -> {
            }
            case String text -> sheet.value(r, c, text);
            case Boolean flag -> sheet.value(r, c, flag ? "是" : "否");
            case Number number -> sheet.value(r, c, number);
            case LocalDate date -> {
                sheet.value(r, c, date);
                sheet.style(r, c).format(DATE).set();
            }
            case LocalDateTime time -> {
                sheet.value(r, c, time);
                sheet.style(r, c).format(DATE_TIME).set();
            }
            case Instant instant -> {
                sheet.value(r, c, LocalDateTime.ofInstant(instant, BUREAU_TIME));
                sheet.style(r, c).format(DATE_TIME).set();
            }
            default -> sheet.value(r, c, value.toString());
        }
    }
}
