package cn.sangang.pledge.reminder;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person of a bureau's roster as the pledge reminders see them: whether they are now a party member of the bureau
 * (active and a member), whom the campaign asks to pledge. Its id is bureau and person number, so each roster event
 * replaces it.
 */
@Document("reminder_party_members")
@CompoundIndex(name = "bureau_member", def = "{'bureauId': 1, 'partyMember': 1}")
record PartyMemberDocument(@Id String id, String bureauId, String personNo, String name, boolean partyMember) {

    static String id(String bureauId, String personNo) {
        return bureauId + ":" + personNo;
    }
}
