package cn.sangang.zone.roster;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.platform.outbox.AggregateDocument;
import cn.sangang.zone.roster.domain.RosterPerson;

@Document("people")
@CompoundIndex(name = "bureau_person", def = "{'bureauId': 1, 'personNo': 1}", unique = true)
@CompoundIndex(name = "bureau_unit", def = "{'bureauId': 1, 'unitCode': 1}")
class PersonDocument extends AggregateDocument {

    private String personNo;
    private String name;
    private String unitCode;
    private boolean partyMember;
    private String position;
    private String phone;
    private boolean active = true;
    private Instant leftAt;
    private Activist activist;

    /** 入党积极分子: a non-member applying to join, looked after by a party member since a date. */
    record Activist(String mentorPersonNo, LocalDate since) {
    }

    PersonDocument() {
    }

    PersonDocument(String bureauId, String personNo) {
        super(bureauId);
        this.personNo = personNo;
    }

    void describe(String name, String unitCode, boolean partyMember, String position, String phone) {
        this.name = name;
        this.unitCode = unitCode;
        this.partyMember = partyMember;
        this.position = position;
        this.phone = phone;
        if (partyMember) {
            // Joining the Party ends activist status; the mentor's work is done.
            this.activist = null;
        }
    }

    void leave(Instant at) {
        this.active = false;
        this.leftAt = at;
        this.activist = null;
    }

    void activist(Activist activist) {
        this.activist = activist;
    }

    RosterPerson asRosterPerson() {
        return new RosterPerson(personNo, name, unitCode, partyMember, active);
    }

    String personNo() {
        return personNo;
    }

    String name() {
        return name;
    }

    String unitCode() {
        return unitCode;
    }

    boolean partyMember() {
        return partyMember;
    }

    String position() {
        return position;
    }

    String phone() {
        return phone;
    }

    boolean active() {
        return active;
    }

    Instant leftAt() {
        return leftAt;
    }

    Activist activist() {
        return activist;
    }
}
