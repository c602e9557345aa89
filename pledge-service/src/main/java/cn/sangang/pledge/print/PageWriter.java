package cn.sangang.pledge.print;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays text down A4 pages top to bottom, wrapping by measured width (Chinese has no spaces to break at) and
 * starting a new page, marked like the first, when one is full.
 */
final class PageWriter implements AutoCloseable {

    private static final float MARGIN = 64;
    private static final float LEADING = 1.6f;
    private static final char MISSING = '?';

    private final PDDocument document;
    private final PDFont font;
    private final String mark;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream page;
    private int pageNo;
    private float y;

    PageWriter(PDDocument document, PDFont font, String mark) throws IOException {
        this.document = document;
        this.font = font;
        this.mark = mark;
        newPage();
    }

    void centred(String text, float size) throws IOException {
        String line = printable(text);
        float lineWidth = widthOf(line, size);
        ensureRoom(size);
        show(line, size, MARGIN + (width - lineWidth) / 2);
    }

    void paragraph(String text, float size, float indent) throws IOException {
        for (String part : printable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float first = indent;
            for (int i = 0; i < part.length();) {
                int cp = part.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (widthOf(line + ch, size) > width - first && !line.isEmpty()) {
                    ensureRoom(size);
                    show(line.toString(), size, MARGIN + first);
                    line.setLength(0);
                    first = 0;
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
            ensureRoom(size);
            show(line.toString(), size, MARGIN + first);
        }
    }

    void gap(float points) {
        y -= points;
    }

    private void show(String line, float size, float x) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(line);
        page.endText();
        y -= size * LEADING;
    }

    private void ensureRoom(float size) throws IOException {
        if (y - size < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        close();
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        pageNo++;
        float top = PDRectangle.A4.getHeight() - MARGIN / 2;
        y = top;
        String header = "【" + mark + "】";
        show(header, 10, PDRectangle.A4.getWidth() - MARGIN - widthOf(header, 10));
        String footer = "第 " + pageNo + " 页";
        float keep = y;
        y = MARGIN / 2;
        show(footer, 9, MARGIN + (width - widthOf(footer, 9)) / 2);
        y = keep - 12;
    }

    private float widthOf(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /**
     * Control characters become spaces (line breaks stay), and a character the font lacks shows as '?' — only names
     * from the roster can still hold one: pledge text the font cannot print is refused when it is written.
     */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(' ');
            } else if (LetterFont.printable(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
    }
}
