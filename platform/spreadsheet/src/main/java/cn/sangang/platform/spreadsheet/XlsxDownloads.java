package cn.sangang.platform.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * An export as an HTTP download: the workbook is written while it is sent, from rows the supplier opens only
 * when the body is written (a store cursor stays open for the length of the download, not longer).
 */
public final class XlsxDownloads {

    public static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private XlsxDownloads() {
    }

    /**
     * {@code fileName} may be Chinese (sent as RFC 6266 filename*); {@code rows} is called once, on the thread
     * writing the body, so queries it runs must carry everything they need (the bureau above all) already.
     */
    public static <T> ResponseEntity<StreamingResponseBody> attachment(String fileName, String sheetName, String title,
            List<Column<T>> columns, Supplier<? extends Iterator<? extends T>> rows) {
        return download(fileName, out -> XlsxExport.write(out, sheetName, title, columns, rows.get()));
    }

    /**
     * As {@link #attachment}, from a store stream (a cursor) that is closed once the body is written, or when
     * writing fails (the client went away), rather than left to the store's idle timeout.
     */
    public static <T> ResponseEntity<StreamingResponseBody> attachmentOfStream(String fileName, String sheetName,
            String title, List<Column<T>> columns, Supplier<? extends Stream<? extends T>> rows) {
        return download(fileName, out -> {
            try (Stream<? extends T> stream = rows.get()) {
                XlsxExport.write(out, sheetName, title, columns, stream.iterator());
            }
        });
    }

    private static ResponseEntity<StreamingResponseBody> download(String fileName, StreamingResponseBody body) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }
}
