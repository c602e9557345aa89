package cn.sangang.evaluation.survey.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The work a survey ticket costs its asker: a nonce such that SHA-256(challenge + ":" + nonce) begins with a given
 * number of zero bits, about 2^bits hashes to find and one to check. It only makes each ticket cost some CPU time;
 * the per-address quota is what bounds a single source.
 */
public final class ProofOfWork {

    private ProofOfWork() {
    }

    /** Whether {@code nonce} solves {@code challenge} to {@code bits} leading zero bits. */
    public static boolean solves(String challenge, String nonce, int bits) {
        return leadingZeroBits(sha256(challenge + ":" + nonce)) >= bits;
    }

    /** How many zero bits {@code digest} begins with. */
    public static int leadingZeroBits(byte[] digest) {
        int bits = 0;
        for (byte b : digest) {
            if (b != 0) {
                return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
            }
            bits += 8;
        }
        return bits;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
