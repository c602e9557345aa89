package cn.sangang.zone.roster.domain;

import java.util.Map;
import java.util.Optional;

import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.RuleViolationException;

/** The rules of a bureau's roster (design §3.2): who may head a unit, who may be an activist and who mentors them. */
public final class RosterRules {

    private RosterRules() {
    }

    public static void requireHeadable(RosterPerson head, String unitCode) {
        if (!head.active()) {
            throw new RuleViolationException("roster.head-left", who(head));
        }
        if (!head.partyMember()) {
            throw new RuleViolationException("roster.head-not-party-member", who(head));
        }
        if (!head.unitCode().equals(unitCode)) {
            throw new RuleViolationException("roster.head-in-other-unit", Map.of("name", head.name(), "personNo",
                    head.personNo(), "personUnit", head.unitCode(), "unit", unitCode));
        }
    }

    public static void requireActivistCandidate(RosterPerson activist) {
        if (!activist.active()) {
            throw new RuleViolationException("roster.person-left", who(activist));
        }
        if (activist.partyMember()) {
            throw new RuleViolationException("roster.activist-is-party-member", who(activist));
        }
    }

    public static void requireMentor(RosterPerson mentor, RosterPerson activist) {
        if (mentor.personNo().equals(activist.personNo())) {
            throw new RuleViolationException("roster.self-mentor");
        }
        if (!mentor.isActivePartyMember()) {
            throw new RuleViolationException("roster.mentor-not-party-member", who(mentor));
        }
    }

    /**
     * A person who heads a unit keeps the rules true only while they stay an active party member of it: change
     * the head first. {@code headedUnit} is the unit they head, if any.
     */
    public static void requireNotHeadingAnotherWay(RosterPerson before, RosterPerson after,
            Optional<String> headedUnit) {
        headedUnit.ifPresent(unit -> {
            if (!after.isActivePartyMember() || !after.unitCode().equals(unit)) {
                throw new ConflictException("roster.heads-unit",
                        Map.of("name", before.name(), "personNo", before.personNo(), "unit", unit));
            }
        });
    }

    private static Map<String, String> who(RosterPerson person) {
        return Map.of("name", person.name(), "personNo", person.personNo());
    }
}
