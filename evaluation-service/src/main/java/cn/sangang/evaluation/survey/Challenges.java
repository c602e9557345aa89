package cn.sangang.evaluation.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.sangang.evaluation.survey.SurveyApi.Challenge;
import cn.sangang.evaluation.survey.domain.ProofOfWork;
import cn.sangang.platform.problem.BadRequestException;

/**
 * The proof of work a survey ticket costs. A challenge is stateless until used: the survey, a random id, an expiry
 * and the difficulty under an HMAC, so that none can be forged, made easier, moved to another survey or kept for
 * later. Using one stores its id until it expires, so each buys one ticket; the store forgets it by itself (TTL).
 */
@Component
class Challenges {

    static final Duration VALID_FOR = Duration.ofMinutes(10);
    private static final String PURPOSE = "challenge";
    private static final String KIND = "pow";

    /** A challenge found genuine and solved: its id, to be used once, and when it stops being valid anyway. */
    record Solved(String id, Instant expiresAt) {
    }

    /** The id of a challenge that bought a ticket, kept until the challenge would have expired. */
    @Document("used_challenges")
    record UsedChallengeDocument(@Id String id, String bureauId, String surveyCode,
            @Indexed(name = "expiry", expireAfter = "0s") Instant expiresAt) {
    }

    private final SurveySecret secret;
    private final MongoOperations mongo;
    private final Clock clock;
    private final int bits;
    private final SecureRandom random = new SecureRandom();

    Challenges(SurveySecret secret, MongoOperations mongo, Clock clock, BallotProperties properties) {
        this.secret = secret;
        this.mongo = mongo;
        this.clock = clock;
        this.bits = properties.powBits();
    }

    Challenge issue(String surveyCode) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        Instant expires = clock.instant().plus(VALID_FOR);
        String payload = String.join("|", KIND, surveyCode, SurveySecret.encode(id),
                Long.toString(expires.getEpochSecond()), Integer.toString(bits));
        return new Challenge(secret.sign(PURPOSE, payload), bits, expires);
    }

    /** The challenge, if it is a genuine and current one of this survey that {@code nonce} solves. */
    Solved check(String surveyCode, String challenge, String nonce) {
        String payload = secret.open(PURPOSE, challenge)
                .orElseThrow(() -> new BadRequestException("survey.challenge-invalid"));
        String[] fields = payload.split("\\|");
        if (fields.length != 5 || !fields[0].equals(KIND) || !fields[1].equals(surveyCode)) {
            throw new BadRequestException("survey.challenge-invalid");
        }
        Instant expires = Instant.ofEpochSecond(Long.parseLong(fields[3]));
        if (clock.instant().isAfter(expires)) {
            throw new BadRequestException("survey.challenge-expired");
        }
        if (!ProofOfWork.solves(challenge, nonce, Integer.parseInt(fields[4]))) {
            throw new BadRequestException("survey.challenge-unsolved");
        }
        return new Solved(fields[2], expires);
    }

    /** Takes note that the challenge is spent; refused if it was before. */
    void use(SurveyDocument survey, Solved solved) {
        try {
            mongo.insert(
                    new UsedChallengeDocument(solved.id(), survey.getBureauId(), survey.code(), solved.expiresAt()));
        } catch (DuplicateKeyException spent) {
            throw new BadRequestException("survey.challenge-used");
        }
    }

    /** Gives back a challenge that bought nothing, because the ticket was refused after it was spent. */
    void giveBack(Solved solved) {
        mongo.remove(Query.query(Criteria.where("_id").is(solved.id())), UsedChallengeDocument.class);
    }
}
