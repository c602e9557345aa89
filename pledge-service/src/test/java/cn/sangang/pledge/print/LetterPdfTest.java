package cn.sangang.pledge.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LetterPdfTest {

    static Letter letter(List<Letter.Item> items) {
        return new Letter("党员公开承诺书", "承诺人", "李明", "2026年度党员承诺践诺活动", "我郑重承诺：", items, LocalDate.of(2026, 3, 12),
                "PL4K7M2QXR");
    }

    static Letter.Item item(int no, String content) {
        return new Letter.Item(no, content, "王芳", LocalDate.of(2026, 6, 30), "辖区群众满意率达到95%以上");
    }

    @Test
    void prints_the_letter_in_chinese_with_its_items_and_an_embedded_font() throws IOException {
        byte[] pdf = LetterPdf.render(letter(List.of(item(1, "每月走访辖区林农不少于4户"))), List.of(Letter.Copy.ARCHIVE));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("《党员公开承诺书》", "承诺人：李明", "一、每月走访辖区林农不少于4户", "责任人：王芳", "完成时限：2026年6月30日",
                    "预期效果：辖区群众满意率达到95%以上", "2026年3月12日", "公示编号：PL4K7M2QXR", "第一联 局存档");
            PDFont font = document.getPage(0).getResources()
                    .getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("WenQuanYiMicroHei");
        }
    }

    @Test
    void prints_each_copy_on_pages_of_its_own_marked_as_that_copy() throws IOException {
        byte[] pdf = LetterPdf.render(letter(List.of(item(1, "事项"))), List.of(Letter.Copy.values()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            for (int page = 1; page <= 3; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains(Letter.Copy.values()[page - 1].mark());
            }
        }
    }

    @Test
    void wraps_long_items_and_continues_on_a_new_page_marked_like_the_first() throws IOException {
        String longContent = "坚持巡山护林，".repeat(60);
        List<Letter.Item> items = IntStream.rangeClosed(1, 12).mapToObj(no -> item(no, longContent)).toList();

        byte[] pdf = LetterPdf.render(letter(items), List.of(Letter.Copy.BOARD));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            assertThat(stripper.getText(document)).contains("第三联 公示栏张贴", "十二、");
        }
    }

    @Test
    void prints_text_the_font_lacks_or_control_characters_without_failing() throws IOException {
        byte[] pdf = LetterPdf.render(letter(List.of(item(1, "护林\t防火\u0000🔥<script>alert(1)</script>\n第二行"))),
                List.of(Letter.Copy.ARCHIVE));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("护林 防火", "<script>alert(1)</script>", "第二行");
        }
    }

    @Test
    void numbers_items_in_chinese() {
        assertThat(List.of(1, 9, 10, 11, 20).stream().map(LetterPdf::numeral)).containsExactly("一", "九", "十", "十一",
                "二十");
    }

    @Test
    void knows_which_characters_the_letter_font_cannot_print() {
        assertThat(LetterFont.unprintable("承诺践诺 ABC 123，。《》\n")).isEmpty();
        assertThat(LetterFont.unprintable("𬱖村🔥走访𬱖")).containsExactly("𬱖", "🔥");
    }
}
