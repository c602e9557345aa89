package cn.sangang.local;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Solves the proof of work a survey ticket asks for, as the survey page does (web/src/public/proofOfWork.ts): the
 * first base-36 nonce such that SHA-256(challenge + ":" + nonce) begins with {@code bits} zero bits. For the Java
 * clients of the ticket API — the services' tests, the benchmark, the fault drill — so none needs the check off.
 */
public final class SurveyChallenges {

    private SurveyChallenges() {
    }

    public static String solve(String challenge, int bits) {
        if (bits < 0 || bits > 64) {
            throw new IllegalArgumentException("a challenge asks for 0 to 64 zero bits, not " + bits);
        }
        MessageDigest prefix = sha256();
        prefix.update((challenge + ":").getBytes(StandardCharsets.UTF_8));
        for (long nonce = 0;; nonce++) {
            String candidate = Long.toString(nonce, 36);
            MessageDigest attempt = copy(prefix);
            if (leadingZeroBits(attempt.digest(candidate.getBytes(StandardCharsets.UTF_8))) >= bits) {
                return candidate;
            }
        }
    }

    private static int leadingZeroBits(byte[] digest) {
        int bits = 0;
        for (byte b : digest) {
            if (b != 0) {
                return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
            }
            bits += 8;
        }
        return bits;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
