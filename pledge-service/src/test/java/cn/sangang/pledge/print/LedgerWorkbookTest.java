package cn.sangang.pledge.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class LedgerWorkbookTest {

    @Test
    void writes_a_title_a_header_and_one_row_per_item_with_real_dates() throws IOException {
        LedgerRow row = new LedgerRow("党员承诺", "李明", 1, "每月走访林农", "王芳", LocalDate.of(2026, 6, 30), "满意率95%",
            "整改中", true, false, "走访3户", 2, 1, LocalDate.of(2026, 5, 2), "未兑现", LocalDate.of(2026, 12, 31), null);

        byte[] xlsx = LedgerWorkbook.write("2026年度党员承诺践诺登记台账", List.of(row));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("登记台账");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("2026年度党员承诺践诺登记台账");
            assertThat(rows.get(1).stream().map(c -> c.getText()).toList()).isEqualTo(LedgerWorkbook.HEADERS);
            Row item = rows.get(2);
            assertThat(item.getCellText(1)).isEqualTo("李明");
            assertThat(item.getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(1);
            assertThat(item.getCellAsDate(5).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(item.getCellText(8)).isEqualTo("是");
            assertThat(item.getCellText(9)).isEqualTo("否");
            assertThat(item.getCellText(14)).isEqualTo("未兑现");
            assertThat(item.getCellAsDate(15).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(item.getCellCount()).as("an empty last cell is not written").isEqualTo(16);
        }
    }
}
