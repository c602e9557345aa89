package cn.sangang.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import cn.sangang.testkit.Api;

/** An .xlsx export as read back: its rows as text, the title row first, then the header row, then the data. */
public final class Sheets {

    private Sheets() {
    }

    /** Downloads {@code path} as {@code caller}, expecting a workbook. */
    public static List<List<String>> download(Api caller, String path) {
        Api.Download download = caller.download(path);
        assertThat(download.status()).as(path).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return rows(download.body());
    }

    public static List<List<String>> rows(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            try (var rows = workbook.getFirstSheet().openStream()) {
                return rows.map(Sheets::texts).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : text(c)).toList();
    }

    private static String text(Cell cell) {
        return cell.getRawValue() == null ? "" : cell.getText();
    }
}
