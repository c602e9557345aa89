package cn.sangang.evaluation.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.sangang.platform.problem.BadRequestException;

/**
 * Signed one-time respondent tickets. The survey page asks for one with a device id its client keeps; the ticket
 * binds the survey, a hash of that device and an expiry under an HMAC, so it cannot be forged, moved to another
 * survey or kept for later, and the answer it carries is stored under the device's key — once per survey.
 */
@Component
class Tickets {

    private static final Logger log = LoggerFactory.getLogger(Tickets.class);
    static final Duration VALID_FOR = Duration.ofMinutes(30);

    private final byte[] secret;
    private final Clock clock;

    Tickets(@Value("${sangang.evaluation.ticket-secret:}") String secret, Clock clock) {
        this.clock = clock;
        if (secret.isBlank()) {
            log.warn("no sangang.evaluation.ticket-secret set: tickets are signed with a key made at start-up, so"
                + " they do not survive a restart and other replicas refuse them — set one in production");
            this.secret = new byte[32];
            new SecureRandom().nextBytes(this.secret);
        } else {
            this.secret = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    String issue(String surveyCode, String deviceId) {
        Instant expires = clock.instant().plus(VALID_FOR);
        String payload = surveyCode + "|" + hash(deviceId) + "|" + expires.getEpochSecond();
        return encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + encode(mac(payload));
    }

    /** The respondent key of a genuine, current ticket of this survey: its device, hashed. */
    String verify(String surveyCode, String ticket) {
        String[] parts = ticket.split("\\.");
        if (parts.length != 2) {
            throw new BadRequestException("this is not a survey ticket");
        }
        String payload;
        byte[] signature;
        try {
            payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            signature = Base64.getUrlDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("this is not a survey ticket");
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            throw new BadRequestException("this survey ticket is not genuine");
        }
        String[] fields = payload.split("\\|");
        if (fields.length != 3 || !fields[0].equals(surveyCode)) {
            throw new BadRequestException("this ticket belongs to another survey");
        }
        if (clock.instant().isAfter(Instant.ofEpochSecond(Long.parseLong(fields[2])))) {
            throw new BadRequestException("this survey ticket has expired; open the survey again");
        }
        return "d:" + fields[1];
    }

    /**
     * A member's respondent key: keyed with the server's secret, because person numbers are few enough that a
     * plain hash of one could be reversed by trying them all, linking an opinion to its author.
     */
    String memberKey(String bureau, String personNo) {
        return "m:" + encode(mac(bureau + ":" + personNo));
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
