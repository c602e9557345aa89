package cn.sangang.platform.code;

import java.security.SecureRandom;
import java.util.function.Predicate;

/**
 * The public codes of plaques, pledges and surveys — what QR codes and board pages are keyed by instead of internal
 * ids: a two-letter prefix and eight random characters people read without confusing (no 0/O, 1/I/L).
 */
public final class PublicCodes {

    /** The characters after the prefix; a code is {@code PREFIX + 8 of these}. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicCodes() {
    }

    /** A fresh code with {@code prefix}, drawn again in the rare case that {@code taken} says it is in use. */
    public static String next(String prefix, Predicate<String> taken) {
        for (;;) {
            StringBuilder code = new StringBuilder(prefix);
            for (int i = 0; i < 8; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (!taken.test(code.toString())) {
                return code.toString();
            }
        }
    }
}
