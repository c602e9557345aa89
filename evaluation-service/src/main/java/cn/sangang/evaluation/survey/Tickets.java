package cn.sangang.evaluation.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import cn.sangang.platform.problem.BadRequestException;
import cn.sangang.platform.security.Digests;

/**
 * Signed one-time respondent tickets. The survey page asks for one with a device id its client keeps; the ticket
 * binds the survey, a hash of that device and an expiry under an HMAC, so it cannot be forged, moved to another
 * survey or kept for later, and the answer it carries is stored under the device's key — once per survey.
 */
@Component
class Tickets {

    static final Duration VALID_FOR = Duration.ofMinutes(30);

    private final SurveySecret secret;
    private final Clock clock;

    Tickets(SurveySecret secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    String issue(String surveyCode, String deviceId) {
        Instant expires = clock.instant().plus(VALID_FOR);
        String payload = surveyCode + "|" + hash(deviceId) + "|" + expires.getEpochSecond();
        return secret.sign(null, payload);
    }

    /** The respondent key of a genuine, current ticket of this survey: its device, hashed. */
    String verify(String surveyCode, String ticket) {
        String payload = secret.open(null, ticket).orElseThrow(() -> new BadRequestException("survey.ticket-invalid"));
        String[] fields = payload.split("\\|");
        if (fields.length != 3 || !fields[0].equals(surveyCode)) {
            throw new BadRequestException("survey.ticket-other-survey");
        }
        if (clock.instant().isAfter(Instant.ofEpochSecond(Long.parseLong(fields[2])))) {
            throw new BadRequestException("survey.ticket-expired");
        }
        return "d:" + fields[1];
    }

    /**
     * A member's respondent key: keyed with the server's secret, because person numbers are few enough that a
     * plain hash of one could be reversed by trying them all, linking an opinion to its author.
     */
    String memberKey(String bureau, String personNo) {
        return "m:" + SurveySecret.encode(secret.mac(bureau + ":" + personNo));
    }

    static String hash(String value) {
        return Digests.sha256Hex(value);
    }
}
