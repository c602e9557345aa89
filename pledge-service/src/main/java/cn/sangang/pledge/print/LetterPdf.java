package cn.sangang.pledge.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders pledge letters as printable A4 PDF in Chinese, one set of pages per copy, with the glyphs it uses
 * embedded from {@link LetterFont}, so the letter reads the same on any printer or viewer.
 */
public final class LetterPdf {

    private static final String NUMERALS = "一二三四五六七八九十";

    private LetterPdf() {
    }

    public static byte[] render(Letter letter, List<Letter.Copy> copies) {
        try (TrueTypeCollection fonts = LetterFont.open(); PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, LetterFont.face(fonts), true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(letter.title() + " — " + letter.pledger());
            info.setCreator("三岗 pledge-service");
            document.getDocumentCatalog().setLanguage("zh-CN");
            for (Letter.Copy copy : copies) {
                try (PageWriter pages = new PageWriter(document, font, copy.mark())) {
                    write(letter, pages);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Letter letter, PageWriter pages) throws IOException {
        pages.centred("《" + letter.title() + "》", 20);
        pages.gap(10);
        pages.paragraph(letter.pledgerLabel() + "：" + letter.pledger(), 12, 0);
        pages.paragraph("活动：" + letter.campaignTitle(), 12, 0);
        pages.gap(8);
        pages.paragraph(letter.opening(), 12, 24);
        pages.gap(4);
        for (Letter.Item item : letter.items()) {
            pages.paragraph(numeral(item.no()) + "、" + item.content(), 12, 0);
            pages.paragraph("责任人：" + item.responsibleName() + "　　完成时限：" + date(item.deadline()), 11, 24);
            pages.paragraph("预期效果：" + item.expectedEffect(), 11, 24);
            pages.gap(4);
        }
        pages.gap(8);
        pages.paragraph("以上承诺，经局领导班子于" + date(letter.approvedOn()) + "审定，请组织和群众监督。", 12, 24);
        if (letter.publicCode() != null) {
            pages.paragraph("公示编号：" + letter.publicCode(), 10, 24);
        }
        pages.gap(28);
        pages.paragraph(letter.pledgerLabel() + "（签名）：＿＿＿＿＿＿＿＿", 12, 220);
        pages.gap(6);
        pages.paragraph("年　　月　　日", 12, 320);
    }

    static String numeral(int n) {
        if (n <= 10) {
            return String.valueOf(NUMERALS.charAt(n - 1));
        }
        String tens = n / 10 == 1 ? "十" : NUMERALS.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + NUMERALS.charAt(n % 10 - 1);
    }

    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
