package cn.sangang.zone.roster.domain;

/** A person as the rules see them: where they work, whether they are a party member, whether they are still here. */
public record RosterPerson(String personNo, String name, String unitCode, boolean partyMember, boolean active) {

    public boolean isActivePartyMember() {
        return active && partyMember;
    }
}
