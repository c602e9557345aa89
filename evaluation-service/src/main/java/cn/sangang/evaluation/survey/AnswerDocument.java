package cn.sangang.evaluation.survey;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.evaluation.survey.domain.Rating;

/**
 * One respondent's answer. Its id is {@code <survey code>:<respondent key>}, so a respondent — a device that held
 * a ticket, or a member — is stored once per survey: a second answer is refused by the store itself. It carries
 * no device id, address or person number, only their hashes inside that key, and for a public answer the keyed hash
 * of the network it came from ({@code source}, see ClientNetworks), which the office's burst report groups by.
 */
@Document("answers")
@CompoundIndexes({@CompoundIndex(name = "survey_rating", def = "{'surveyCode': 1, 'rating': 1}"),
        @CompoundIndex(name = "tally_state", def = "{'tally': 1, 'at': 1}"),
        @CompoundIndex(name = "survey_at", def = "{'surveyCode': 1, 'at': -1}")})
record AnswerDocument(@Id String id, String bureauId, String surveyCode, Rating rating, String opinion, Instant at,
        TallyState tally, String source) {

    /**
     * Where the answer stands in its survey's count. An answer is stored COUNTED, its count finished through its
     * survey's tally ({@link Tally}); COUNTING is left only on answers of the earlier scheme, which stored an answer
     * first and counted it after.
     */
    enum TallyState {
        COUNTING, COUNTED
    }

    static String id(String surveyCode, String respondentKey) {
        return surveyCode + ":" + respondentKey;
    }
}
