package cn.sangang.post.reminder;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person of a bureau's roster as the reminders to vote see it: whether they may vote (an active party member,
 * as {@code ElectionService#vote} requires). Its id is bureau and person number, so each roster event replaces it.
 */
@Document("reminder_voters")
@CompoundIndex(name = "bureau_eligible", def = "{'bureauId': 1, 'eligible': 1}")
record VoterDocument(@Id String id, String bureauId, String personNo, String name, boolean eligible) {

    static String id(String bureauId, String personNo) {
        return bureauId + ":" + personNo;
    }
}
