package cn.sangang.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import cn.sangang.platform.problem.ProblemMessages;
import cn.sangang.platform.problem.Refusal;

class XlsxImportTest {

    private static final List<String> HEADERS = List.of("警号", "姓名", "入党日期");
    private static final XlsxImport.Limits LIMITS = XlsxImport.Limits.DEFAULT;

    @Test
    void reads_the_rows_below_the_header_by_column_name_skipping_blank_rows() throws IOException {
        byte[] file = workbook(sheet -> {
            sheet.value(0, 0, "名册");
            sheet.value(1, 0, "姓名");
            sheet.value(1, 1, "备注");
            sheet.value(1, 2, "入党日期");
            sheet.value(1, 3, "警号");
            sheet.value(2, 0, " 张三 ");
            sheet.value(2, 2, LocalDate.of(2020, 7, 1));
            sheet.value(2, 3, 1001);
            sheet.value(4, 0, "李四");
            sheet.value(4, 2, "2021/3/5");
            sheet.value(4, 3, "TJ0002");
        });

        List<ImportedRow> rows = XlsxImport.read(file, HEADERS, LIMITS);

        assertThat(rows).extracting(ImportedRow::number).containsExactly(3, 5);
        assertThat(rows.get(0).text("警号")).isEqualTo("1001");
        assertThat(rows.get(0).text("姓名")).isEqualTo("张三");
        assertThat(rows.get(0).date("入党日期")).isEqualTo(LocalDate.of(2020, 7, 1));
        assertThat(rows.get(1).date("入党日期")).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(rows).allMatch(ImportedRow::valid);
    }

    @Test
    void a_value_of_the_wrong_type_is_an_error_of_its_row_naming_the_column() throws IOException {
        byte[] file = workbook(sheet -> {
            header(sheet);
            sheet.value(2, 0, "TJ1");
            sheet.value(2, 1, "王五");
            sheet.value(2, 2, "去年七月");
        });

        ImportedRow row = XlsxImport.read(file, HEADERS, LIMITS).getFirst();

        assertThat(row.date("入党日期")).isNull();
        assertThat(row.number("姓名")).isNull();
        assertThat(row.errors()).containsExactly("第3行 入党日期：应为日期，如 2026-01-31，而不是“去年七月”", "第3行 姓名：应为数字，而不是“王五”");
    }

    @Test
    void refuses_a_workbook_with_a_formula_naming_its_cell() throws IOException {
        byte[] file = workbook(sheet -> {
            header(sheet);
            sheet.value(2, 0, "TJ1");
            sheet.formula(2, 1, "CONCATENATE(\"张\",\"三\")");
        });

        assertRefused(file, Refusal.INVALID, "第3行 B列 含有公式，请粘贴为数值后再导入");
    }

    @Test
    void refuses_a_sheet_that_is_not_well_formed_xml() throws IOException {
        byte[] file = withSheet(workbook(XlsxImportTest::header),
                out -> out.write("<worksheet><sheetData><row><c><v>&</v></c></row>".getBytes(StandardCharsets.UTF_8)));

        assertRefused(file, Refusal.INVALID, "无法读取");
    }

    @Test
    void refuses_a_workbook_without_the_expected_header() throws IOException {
        byte[] file = workbook(sheet -> {
            sheet.value(0, 0, "警号");
            sheet.value(1, 0, "TJ1");
        });

        assertRefused(file, Refusal.INVALID, "没有找到表头");
    }

    @Test
    void stops_reading_a_sheet_of_a_million_rows_at_the_row_limit() throws IOException {
        byte[] file = withSheet(workbook(XlsxImportTest::header), out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>警号</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>姓名</t></is></c>"
                    + "<c r=\"C1\" t=\"inlineStr\"><is><t>入党日期</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
            for (int r = 2; r <= 1_000_001; r++) {
                out.write(("<row><c><v>" + r + "</v></c></row>").getBytes(StandardCharsets.US_ASCII));
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });

        assertThat((long) file.length).isLessThan(LIMITS.maxFileBytes());
        long started = System.nanoTime();
        assertRefused(file, Refusal.TOO_LARGE, "一次最多导入 5000 行");
        assertThat(System.nanoTime() - started).as("refused without reading a million rows").isLessThan(5_000_000_000L);
    }

    @Test
    void refuses_a_zip_bomb_while_inflating_it() throws IOException {
        byte[] file = withSheet(workbook(XlsxImportTest::header), out -> {
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            out.write(
                    "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 1024; i++) {
                out.write(spaces);
            }
            out.write("<sheetData/></worksheet>".getBytes(StandardCharsets.UTF_8));
        });

        assertThat((long) file.length).as("a gigabyte compressed into a small upload")
                .isLessThan(LIMITS.maxFileBytes());
        assertRefused(file, Refusal.TOO_LARGE, "解压后过大");
    }

    @Test
    void refuses_what_is_not_an_xlsx_workbook() throws IOException {
        byte[] ole2 = new byte[512];
        System.arraycopy(
                new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0,
                ole2, 0, 8);
        ByteArrayOutputStream otherZip = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(otherZip)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("不是工作簿".getBytes(StandardCharsets.UTF_8));
        }

        assertRefused(ole2, Refusal.UNSUPPORTED_FORMAT, ".xls 格式或设置了密码");
        assertRefused("警号,姓名\nTJ1,张三\n".getBytes(StandardCharsets.UTF_8), Refusal.UNSUPPORTED_FORMAT, "不是 Excel 工作簿");
        assertRefused(otherZip.toByteArray(), Refusal.INVALID, "无法读取");
        assertRefused(new byte[0], Refusal.INVALID, "空的");
        assertRefused(new byte[(int) LIMITS.maxFileBytes() + 1], Refusal.TOO_LARGE, "文件超过 5 MB");
    }

    @Test
    void names_columns_as_excel_shows_them() {
        assertThat(List.of(0, 1, 25, 26, 27, 701, 702)).map(XlsxImport::column).containsExactly("A", "B", "Z", "AA",
                "AB", "ZZ", "AAA");
    }

    private static void assertRefused(byte[] file, Refusal kind, String message) {
        assertThatThrownBy(() -> XlsxImport.read(file, HEADERS, LIMITS))
                .isInstanceOfSatisfying(XlsxImportException.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(kind);
                    assertThat(refusal.code()).startsWith("spreadsheet.");
                    assertThat(ProblemMessages.detail(refusal.code(), refusal.args(), ProblemMessages.CHINESE))
                            .contains(message);
                });
    }

    private static void header(Worksheet sheet) {
        sheet.value(0, 0, "名册");
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(1, c, HEADERS.get(c));
        }
    }

    interface SheetWriter {
        void write(Worksheet sheet) throws IOException;
    }

    interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] workbook(SheetWriter content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        content.write(workbook.newWorksheet("名册"));
        workbook.finish();
        return out.toByteArray();
    }

    /** The workbook with its first sheet's XML replaced by what {@code sheet} writes, as a crafted upload would be. */
    private static byte[] withSheet(byte[] workbook, PartWriter sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipArchiveEntry entry : java.util.Collections.list(in.getEntries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet.write(zip);
                } else {
                    try (var part = in.getInputStream(entry)) {
                        part.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
