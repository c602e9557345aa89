package cn.sangang.zone.plan.domain;

import java.util.List;

import cn.sangang.zone.roster.domain.RosterPerson;

/**
 * 全员覆盖、不留空白: how many active party members are in a zone, who is not, and which zone entries name people
 * who can no longer be there — including a zone head whose unit has appointed another head.
 */
public record Coverage(long partyMembers, long covered, List<RosterPerson> uncovered, List<StaleEntry> stale) {

    public enum Staleness {
        LEFT_BUREAU, NOT_PARTY_MEMBER, MOVED_UNIT, NOT_ON_ROSTER, NO_LONGER_UNIT_HEAD
    }

    public record StaleEntry(Zone zone, String personNo, Staleness reason) {
    }

    public boolean complete() {
        return uncovered.isEmpty() && stale.isEmpty();
    }
}
