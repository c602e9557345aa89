package cn.sangang.evaluation.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The survey secret every replica shares: it signs tickets and challenges and keys the hashes that stand in for
 * person numbers and client networks, which are few enough that a plain hash of one could be reversed by trying them
 * all. Each later use keys its own HMAC with a key derived for it, so a value made for one use is never valid for
 * another.
 */
@Component
class SurveySecret {

    private static final Logger log = LoggerFactory.getLogger(SurveySecret.class);

    private final byte[] secret;

    SurveySecret(@Value("${sangang.evaluation.ticket-secret:}") String secret) {
        if (secret.isBlank()) {
            log.warn("no sangang.evaluation.ticket-secret set: tickets and challenges are signed with a key made at"
                    + " start-up, so they do not survive a restart, other replicas refuse them and network quotas start"
                    + " afresh — set one in production");
            this.secret = new byte[32];
            new SecureRandom().nextBytes(this.secret);
        } else {
            this.secret = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** {@code payload} and its signature, each base64url: what tickets and challenges are made of. */
    String sign(String purpose, String payload) {
        return encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + encode(signature(purpose, payload));
    }

    /** The payload of a token this secret signed for {@code purpose}; empty for anything else, garbage included. */
    Optional<String> open(String purpose, String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            byte[] signature = Base64.getUrlDecoder().decode(parts[1]);
            return MessageDigest.isEqual(signature(purpose, payload), signature)
                    ? Optional.of(payload)
                    : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Tickets are signed under the secret itself, as they have been from the start; others under a derived key. */
    private byte[] signature(String purpose, String payload) {
        return purpose == null ? mac(payload) : mac(purpose, payload);
    }

    /** HMAC-SHA256 under the secret itself: ticket signatures and member keys, as they have been from the start. */
    byte[] mac(String payload) {
        return mac(secret, payload);
    }

    /** HMAC-SHA256 under the key derived from the secret for {@code purpose}. */
    byte[] mac(String purpose, String payload) {
        return mac(mac(secret, "sangang-survey-key:" + purpose), payload);
    }

    private static byte[] mac(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
