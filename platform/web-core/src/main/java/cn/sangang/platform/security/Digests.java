package cn.sangang.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one-way hash under which secrets and personal keys are stored or compared (refresh tokens, login throttle
 * keys, survey device ids), so a store that leaks gives none of them back. Stored values depend on it: it stays
 * SHA-256 as lower-case hex.
 */
public final class Digests {

    private Digests() {
    }

    public static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
