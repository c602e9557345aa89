package cn.sangang.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class XlsxExportTest {

    record Person(String name, int score, boolean member, LocalDate joined, Instant seen) {
    }

    private static final List<Column<Person>> COLUMNS = List.of(Column.of("姓名", 12, Person::name),
            Column.of("得分", 8, Person::score), Column.of("党员", 6, Person::member),
            Column.of("入党日期", 12, Person::joined), Column.of("最近登录", 18, Person::seen));

    @Test
    void writes_the_title_the_header_and_every_row_of_a_long_export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = XlsxExport.write(out, "名册", "桃江县森林公安局 名册", COLUMNS,
                IntStream
                        .range(0, 12_000).mapToObj(i -> new Person("民警" + i, i, i % 2 == 0,
                                LocalDate.of(2020, 1, 1).plusDays(i % 300), Instant.parse("2026-12-01T02:30:00Z")))
                        .iterator());

        List<Row> rows = read(out.toByteArray());
        assertThat(written).isEqualTo(12_000);
        assertThat(rows).hasSize(12_002);
        assertThat(rows.get(0).getCellText(0)).isEqualTo("桃江县森林公安局 名册");
        assertThat(rows.get(1).getCellText(0)).isEqualTo("姓名");
        assertThat(rows.get(1).getCellText(4)).isEqualTo("最近登录");
        Row last = rows.get(12_001);
        assertThat(last.getCellText(0)).isEqualTo("民警11999");
        assertThat(last.getCellAsNumber(1)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(11_999));
        assertThat(last.getCellText(2)).isEqualTo("否");
        assertThat(last.getCellAsDate(3)).hasValueSatisfying(
                d -> assertThat(d.toLocalDate()).isEqualTo(LocalDate.of(2020, 1, 1).plusDays(11_999 % 300)));
        assertThat(last.getCellAsDate(4)).hasValueSatisfying(t -> assertThat(t.getHour()).isEqualTo(10));
    }

    @Test
    void leaves_a_missing_value_empty_and_writes_a_formula_looking_text_as_text() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(out, "名册", "名册", COLUMNS,
                List.of(new Person("=HYPERLINK(\"http://x\")", 1, true, null, null)).iterator());

        Row row = read(out.toByteArray()).get(2);
        assertThat(row.getCellText(0)).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(row.getCell(0).getFormula()).isNull();
        assertThat(row.getCellText(3)).isEmpty();
    }

    private static List<Row> read(byte[] workbook) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            try (var rows = book.getFirstSheet().openStream()) {
                return rows.toList();
            }
        }
    }
}
