package cn.sangang.post.post.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.sangang.events.post.PostKind;
import cn.sangang.platform.problem.RuleViolationException;

/** The rules of a nomination (design §3.1): every standard answered; a collective post only of party members. */
public final class Nomination {

    private Nomination() {
    }

    public static void requireEveryStandardAnswered(Map<Standard, String> statements) {
        Set<Standard> missing = EnumSet.allOf(Standard.class);
        statements.forEach((standard, text) -> {
            if (text != null && !text.isBlank()) {
                missing.remove(standard);
            }
        });
        if (!missing.isEmpty()) {
            throw new RuleViolationException("nomination.standards-missing",
                    Map.of("standards", missing.stream().map(Enum::name).toList()));
        }
    }

    /** A person of the unit as the roster reports them. */
    public record UnitMember(String personNo, String name, boolean partyMember) {
    }

    /** Who a post is for, as the roster reports them when a step needs it: a person, or a unit and its people. */
    public sealed interface Nominee permits Person, Unit {
    }

    /** A person of the roster: name, membership and unit. */
    public record Person(String personNo, String name, boolean partyMember, boolean active, String unitCode,
            String unitName) implements Nominee {
    }

    /** A unit and the people now working in it. */
    public record Unit(String unitCode, String unitName, List<UnitMember> people) implements Nominee {

        public List<String> personNos() {
            return people.stream().map(UnitMember::personNo).toList();
        }
    }

    /**
     * What a nomination is refused for before the roster is asked: a standard left unanswered, an individual post
     * without its holder, a collective one without its unit or with a holder.
     */
    public static void requireComplete(PostKind kind, String holderPersonNo, String unitCode,
            Map<Standard, String> statements) {
        requireEveryStandardAnswered(statements);
        if (kind == PostKind.INDIVIDUAL && holderPersonNo == null) {
            throw new RuleViolationException("post.holder-missing");
        }
        if (kind == PostKind.COLLECTIVE && (unitCode == null || holderPersonNo != null)) {
            throw new RuleViolationException("post.collective-needs-unit");
        }
    }

    /** The roster still has the nominee in good standing: an active party member, or a unit of party members only. */
    static void requireInGoodStanding(Nominee nominee) {
        switch (nominee) {
            case Person holder -> requireIndividualIsPartyMember(PostKind.INDIVIDUAL, holder.personNo(),
                    holder.partyMember(), holder.active());
            case Unit unit -> requireAllPartyMembers(unit.unitCode(), unit.people());
        }
    }

    /**
     * Every person of a collective post's office or section is a party member; the refusal names who is not, for
     * the staff who nominated the unit.
     */
    public static void requireAllPartyMembers(String unitCode, List<UnitMember> people) {
        if (people.isEmpty()) {
            throw new RuleViolationException("nomination.unit-empty", Map.of("unit", unitCode));
        }
        List<String> outsiders = people.stream().filter(p -> !p.partyMember())
                .map(p -> p.name() + "（" + p.personNo() + "）").toList();
        if (!outsiders.isEmpty()) {
            throw new RuleViolationException("nomination.unit-not-all-party-members", Map.of("people", outsiders));
        }
    }

    public static void requireIndividualIsPartyMember(PostKind kind, String personNo, boolean partyMember,
            boolean active) {
        if (kind == PostKind.INDIVIDUAL && (!partyMember || !active)) {
            throw new RuleViolationException("nomination.holder-not-party-member", Map.of("personNo", personNo));
        }
    }
}
