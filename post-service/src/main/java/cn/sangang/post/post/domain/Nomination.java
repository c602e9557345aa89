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

    public static void requireIndividualIsPartyMember(PostKind kind, String personNo, boolean partyMember, boolean active) {
        if (kind == PostKind.INDIVIDUAL && (!partyMember || !active)) {
            throw new RuleViolationException("nomination.holder-not-party-member", Map.of("personNo", personNo));
        }
    }
}
