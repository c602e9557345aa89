package cn.sangang.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * An .xlsx export or template read back the way a clerk's spreadsheet shows it: the first sheet's rows, title row
 * first. Every service's export tests read workbooks through here, so they all see blank cells the same way.
 */
public final class Sheets {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Sheets() {
    }

    /** Downloads {@code path} as {@code caller}, expecting a workbook, and reads its rows as text. */
    public static List<List<String>> download(Api caller, String path) {
        return texts(workbook(caller.download(path)));
    }

    /** The body of a successful workbook download, with its content type and file name checked. */
    public static byte[] workbook(Api.Download download) {
        assertThat(download.status()).as(new String(download.body())).isEqualTo(200);
        assertThat(download.contentType()).startsWith(XLSX);
        assertThat(download.header("Content-Disposition")).contains(".xlsx");
        return download.body();
    }

    /** The rows of the first sheet, for tests that look at cell types (numbers, dates) as well as text. */
    public static List<Row> rows(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                var rows = workbook.getFirstSheet().openStream()) {
            return rows.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each row as the texts of its cells; a blank cell reads as "". */
    public static List<List<String>> texts(byte[] xlsx) {
        return rows(xlsx).stream().map(row -> texts(row, row.getCellCount())).toList();
    }

    /** The first {@code width} cells of a row as text, "" where the row has no cell, so rows compare whole. */
    public static List<String> texts(Row row, int width) {
        return IntStream.range(0, width)
                .mapToObj(c -> c < row.getCellCount() && row.getCell(c) != null && row.getCell(c).getRawValue() != null
                        ? row.getCellText(c)
                        : "")
                .toList();
    }
}
