package cn.sangang.zone.roster.domain;

import java.util.Optional;

import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.RuleViolationException;

/** The rules of a bureau's roster (design §3.2): who may head a unit, who may be an activist and who mentors them. */
public final class RosterRules {

    private RosterRules() {
    }

    public static void requireHeadable(RosterPerson head, String unitCode) {
        if (!head.active()) {
            throw new RuleViolationException(head.name() + "（" + head.personNo() + "）has left the bureau and cannot head a unit");
        }
        if (!head.partyMember()) {
            throw new RuleViolationException(head.name() + "（" + head.personNo() + "）is not a party member; a unit head must be one");
        }
        if (!head.unitCode().equals(unitCode)) {
            throw new RuleViolationException(head.name() + "（" + head.personNo() + "）works in unit " + head.unitCode()
                + ", not in " + unitCode + "; a unit head must belong to the unit");
        }
    }

    public static void requireActivistCandidate(RosterPerson activist) {
        if (!activist.active()) {
            throw new RuleViolationException(activist.personNo() + " has left the bureau");
        }
        if (activist.partyMember()) {
            throw new RuleViolationException(activist.name() + "（" + activist.personNo()
                + "）is already a party member and cannot be an activist applying to join");
        }
    }

    public static void requireMentor(RosterPerson mentor, RosterPerson activist) {
        if (mentor.personNo().equals(activist.personNo())) {
            throw new RuleViolationException("an activist cannot mentor themself");
        }
        if (!mentor.isActivePartyMember()) {
            throw new RuleViolationException(mentor.name() + "（" + mentor.personNo()
                + "）is not an active party member and cannot look after an activist");
        }
    }

    /**
     * A person who heads a unit keeps the rules true only while they stay an active party member of it: change
     * the head first. {@code headedUnit} is the unit they head, if any.
     */
    public static void requireNotHeadingAnotherWay(RosterPerson before, RosterPerson after, Optional<String> headedUnit) {
        headedUnit.ifPresent(unit -> {
            if (!after.isActivePartyMember() || !after.unitCode().equals(unit)) {
                throw new ConflictException(before.name() + "（" + before.personNo() + "）heads unit " + unit
                    + "; appoint another head of " + unit + " first");
            }
        });
    }
}
