package cn.sangang.platform.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import cn.sangang.platform.problem.Refusal;

/**
 * Reads the first sheet of an uploaded .xlsx laid out as {@link XlsxExport} writes it (a title row, a header row,
 * then data) and refuses, before any row is used, what a clerk's file should never be: not an .xlsx (an .xls, an
 * encrypted workbook, anything else), a zip that inflates beyond {@link Limits#maxInflatedBytes} or by more than
 * {@link Limits#maxRatio} to one, a header without the expected columns, a formula anywhere, or more than
 * {@link Limits#maxRows} data rows (reading stops there). Values of the wrong type are not refusals: they are
 * errors of their row, see {@link ImportedRow}.
 */
public final class XlsxImport {

    /** Limits of one upload; {@link #DEFAULT} suits a bureau's roster. */
    public record Limits(long maxFileBytes, long maxInflatedBytes, int maxRatio, int maxRows) {

        public static final Limits DEFAULT = new Limits(5L * 1024 * 1024, 50L * 1024 * 1024, 200, 5_000);
    }

    /** Compression ratios are only judged past this many inflated bytes; tiny parts compress by any ratio. */
    private static final long RATIO_FLOOR = 1024 * 1024;
    /** How far down the header row may be: the title row may have been deleted, or a note row added. */
    private static final int HEADER_SEARCH_ROWS = 3;

    private XlsxImport() {
    }

    /**
     * The non-blank data rows below the header row, whose cells are named by {@code headers} (each must be in the
     * header row, in any order; other columns are ignored).
     */
    public static List<ImportedRow> read(byte[] file, List<String> headers, Limits limits) {
        if (file.length == 0) {
            throw refused(Refusal.INVALID, "spreadsheet.empty", Map.of());
        }
        if (file.length > limits.maxFileBytes()) {
            throw refused(Refusal.TOO_LARGE, "spreadsheet.too-large",
                    Map.of("limit", megabytes(limits.maxFileBytes())));
        }
        if (ReadableWorkbook.isOLE2Header(file)) {
            throw refused(Refusal.UNSUPPORTED_FORMAT, "spreadsheet.ole2", Map.of());
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(file)) {
            throw refused(Refusal.UNSUPPORTED_FORMAT, "spreadsheet.not-xlsx", Map.of());
        }
        checkInflation(file, limits);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return dataRows(rows.iterator(), headers, limits);
        } catch (XlsxImportException refusal) {
            throw refusal;
        } catch (Exception unreadable) {
            // The reader's own failures (bad XML, a missing part) escape as anything, even as checked exceptions.
            throw refused(Refusal.INVALID, "spreadsheet.unreadable", Map.of());
        }
    }

    /** Inflates every part once, counting, so neither the bytes nor the ratio can run away before reading. */
    private static void checkInflation(byte[] file, Limits limits) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file)).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (!zip.canReadEntryData(entry)) {
                    throw refused(Refusal.UNSUPPORTED_FORMAT, "spreadsheet.unreadable-compression", Map.of());
                }
                long compressed = Math.max(entry.getCompressedSize(), 1);
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        inflated += n;
                        total += n;
                        if (total > limits.maxInflatedBytes()
                                || inflated > RATIO_FLOOR && inflated / compressed > limits.maxRatio()) {
                            throw refused(Refusal.TOO_LARGE, "spreadsheet.inflates-too-far",
                                    Map.of("limit", megabytes(limits.maxInflatedBytes())));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof XlsxImportException refusal) {
                throw refusal;
            }
            throw refused(Refusal.INVALID, "spreadsheet.unreadable", Map.of());
        }
    }

    private static List<ImportedRow> dataRows(Iterator<Row> rows, List<String> headers, Limits limits) {
        Map<String, Integer> columns = null;
        List<ImportedRow> data = new ArrayList<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            refuseFormulas(row);
            if (columns == null) {
                columns = header(row, headers);
                if (columns == null && row.getRowNum() >= HEADER_SEARCH_ROWS) {
                    throw refused(Refusal.INVALID, "spreadsheet.header-missing", Map.of("headers", headers));
                }
                continue;
            }
            ImportedRow imported = new ImportedRow(row.getRowNum(), columns, row);
            if (imported.blank()) {
                continue;
            }
            if (data.size() == limits.maxRows()) {
                throw refused(Refusal.TOO_LARGE, "spreadsheet.too-many-rows", Map.of("limit", limits.maxRows()));
            }
            data.add(imported);
        }
        if (columns == null) {
            throw refused(Refusal.INVALID, "spreadsheet.header-missing", Map.of("headers", headers));
        }
        return Collections.unmodifiableList(data);
    }

    /** The columns of {@code headers} when {@code row} holds all of them, else null. */
    private static Map<String, Integer> header(Row row, List<String> headers) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (Cell cell : row) {
            if (cell != null && cell.getType() == CellType.STRING && headers.contains(cell.getText().strip())) {
                found.putIfAbsent(cell.getText().strip(), cell.getColumnIndex());
            }
        }
        return found.keySet().containsAll(headers) ? found : null;
    }

    /** A formula's value is whatever the program that saved it last computed, so none is imported. */
    private static void refuseFormulas(Row row) {
        for (Cell cell : row) {
            if (cell != null && (cell.getType() == CellType.FORMULA || cell.getFormula() != null)) {
                throw refused(Refusal.INVALID, "spreadsheet.formula",
                        Map.of("row", row.getRowNum(), "column", column(cell.getColumnIndex())));
            }
        }
    }

    /** The column letters Excel shows: 0 is A, 26 is AA. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }

    private static String megabytes(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }

    private static XlsxImportException refused(Refusal kind, String code, Map<String, ?> args) {
        return new XlsxImportException(kind, code, args);
    }
}
