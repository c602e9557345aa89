package cn.sangang.pledge.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import cn.sangang.platform.spreadsheet.Column;
import cn.sangang.platform.spreadsheet.XlsxExport;

class LedgerSheetTest {

    @Test
    void writes_a_title_the_ledger_columns_and_one_row_per_item_with_real_dates() throws IOException {
        LedgerRow row = new LedgerRow("党员承诺", "李明", 1, "每月走访林农", "王芳", LocalDate.of(2026, 6, 30), "满意率95%", "整改中", true,
                false, "走访3户", 2, 1, LocalDate.of(2026, 5, 2), "未兑现", LocalDate.of(2026, 12, 31), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        XlsxExport.write(out, LedgerSheet.SHEET, LedgerSheet.title(2026), LedgerSheet.COLUMNS, List.of(row).iterator());

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("登记台账");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("2026年度党员承诺践诺登记台账");
            assertThat(rows.get(1).stream().map(c -> c.getText()).toList()).containsExactly("承诺类型", "承诺人/组织", "事项",
                    "承诺内容", "责任人", "完成时限", "预期效果", "状态", "逾期", "逾期公示", "最新进展", "进展次数", "检查次数", "最近检查", "评议结果", "整改期限",
                    "整改完成");
            assertThat(LedgerSheet.COLUMNS).extracting(Column::header).hasSize(17);
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
