package cn.sangang.pledge.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The font the letters are set in — WenQuanYi Micro Hei (Apache-2.0), shipped in the jar — and the characters it
 * can print, known once so that text it cannot print is refused when written rather than misprinted when signed.
 */
public final class LetterFont {

    static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    static final String NAME = "WenQuanYiMicroHei";
    static final byte[] BYTES = load();
    private static final BitSet PRINTABLE = coverage();

    private LetterFont() {
    }

    /** The characters of {@code text} the letter cannot print, each once, in order; line breaks and tabs pass. */
    public static List<String> unprintable(String text) {
        return text.codePoints().filter(cp -> !printable(cp)).distinct().mapToObj(Character::toString).toList();
    }

    static boolean printable(int codePoint) {
        return codePoint == '\n' || codePoint == '\t' || codePoint == '\r' || PRINTABLE.get(codePoint);
    }

    /** A fresh parse for one document: fontbox reads tables lazily and is not safe to share between threads. */
    static TrueTypeCollection open() throws IOException {
        return new TrueTypeCollection(new ByteArrayInputStream(BYTES));
    }

    static TrueTypeFont face(TrueTypeCollection fonts) throws IOException {
        TrueTypeFont face = fonts.getFontByName(NAME);
        if (face == null) {
            throw new IllegalStateException(RESOURCE + " holds no " + NAME);
        }
        return face;
    }

    private static BitSet coverage() {
        try (TrueTypeCollection fonts = open()) {
            CmapLookup cmap = face(fonts).getUnicodeCmapLookup();
            BitSet printable = new BitSet(Character.MAX_CODE_POINT + 1);
            for (int cp = 0x20; cp <= Character.MAX_CODE_POINT; cp++) {
                if (!Character.isISOControl(cp) && cmap.getGlyphId(cp) > 0) {
                    printable.set(cp);
                }
            }
            return printable;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] load() {
        try (InputStream in = LetterFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the letter font " + RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
