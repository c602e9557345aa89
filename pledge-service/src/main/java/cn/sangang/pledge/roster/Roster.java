package cn.sangang.pledge.roster;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import cn.sangang.platform.problem.RuleViolationException;

/** The people of the caller's bureau, as zone-service tells it (asked with the caller's own token). */
@Component
public class Roster {

    /** A person of the roster and whether they are an active party member. */
    public record Person(String personNo, String name, boolean partyMember, boolean active) {
    }

    /** A party member now in the bureau, with the unit they work in. */
    public record PartyMember(String personNo, String name, String unitCode, String unitName) {
    }

    private final ZoneServiceClient zone;

    Roster(ZoneServiceClient zone) {
        this.zone = zone;
    }

    /** Each distinct person once, in the order given; names every number that is not on the roster at once. */
    public Map<String, Person> people(Collection<String> personNos) {
        String bearer = bearer();
        Map<String, Person> found = new LinkedHashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (String personNo : personNos) {
            if (found.containsKey(personNo) || unknown.contains(personNo)) {
                continue;
            }
            try {
                ZoneServiceClient.Membership m = zone.person(bearer, personNo);
                found.put(personNo, new Person(m.personNo(), m.name(), m.partyMember(), m.active()));
            } catch (NotOnRosterException e) {
                unknown.add(personNo);
            }
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("roster.not-on-roster", Map.of("personNos", List.copyOf(unknown)));
        }
        return found;
    }

    /** The unit {@code personNo} heads, if any; a person not on the roster heads none. */
    public Optional<String> unitHeadedBy(String personNo) {
        try {
            return Optional.ofNullable(zone.person(bearer(), personNo).headOf());
        } catch (NotOnRosterException e) {
            return Optional.empty();
        }
    }

    /** The person numbers of everyone now working in a unit. */
    public Set<String> peopleOf(String unitCode) {
        return zone.unit(bearer(), unitCode).people().stream().map(ZoneServiceClient.UnitMembership.Member::personNo)
            .collect(Collectors.toUnmodifiableSet());
    }

    /** Every party member now in the bureau, asked in one question rather than person by person. */
    public List<PartyMember> partyMembers() {
        return zone.partyMembers(bearer()).stream()
            .map(m -> new PartyMember(m.personNo(), m.name(), m.unitCode(), m.unitName())).toList();
    }

    private static String bearer() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return "Bearer " + token.getToken().getTokenValue();
        }
        throw new IllegalStateException("the roster is asked on behalf of an authenticated caller only");
    }
}
