package cn.sangang.pledge.roster;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.sangang.platform.problem.DependencyUnavailableException;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.problem.RuleViolationException;
import cn.sangang.platform.zone.Membership;
import cn.sangang.platform.zone.PeopleFound;
import cn.sangang.platform.zone.UnitMembership;
import cn.sangang.platform.zone.client.ZoneNotFoundException;
import cn.sangang.platform.zone.client.ZoneService;
import cn.sangang.platform.zone.client.ZoneUnavailableException;

/** The people of the caller's bureau, as zone-service tells it (asked with the caller's own token). */
@Component
public class Roster {

    /** A person of the roster and whether they are an active party member. */
    public record Person(String personNo, String name, boolean partyMember, boolean active) {
    }

    /** A party member now in the bureau, with the unit they work in. */
    public record PartyMember(String personNo, String name, String unitCode, String unitName) {
    }

    private final ZoneService zone;

    Roster(ZoneService zone) {
        this.zone = zone;
    }

    /** Each distinct person once, in the order given; names every number that is not on the roster at once. */
    public Map<String, Person> people(Collection<String> personNos) {
        PeopleFound answer;
        try {
            answer = zone.people(personNos);
        } catch (ZoneUnavailableException e) {
            throw new DependencyUnavailableException("roster.membership-unavailable");
        }
        if (!answer.notOnRoster().isEmpty()) {
            throw new RuleViolationException("roster.not-on-roster", Map.of("personNos", answer.notOnRoster()));
        }
        Map<String, Person> found = new LinkedHashMap<>();
        for (Membership m : answer.people()) {
            found.put(m.personNo(), new Person(m.personNo(), m.name(), m.partyMember(), m.active()));
        }
        return found;
    }

    /** The unit {@code personNo} heads, if any; a person not on the roster heads none. */
    public Optional<String> unitHeadedBy(String personNo) {
        try {
            return Optional.ofNullable(zone.person(personNo).headOf());
        } catch (ZoneNotFoundException e) {
            return Optional.empty();
        } catch (ZoneUnavailableException e) {
            throw new DependencyUnavailableException("roster.membership-unavailable");
        }
    }

    /** The person numbers of everyone now working in a unit. */
    public Set<String> peopleOf(String unitCode) {
        try {
            return zone.unit(unitCode).people().stream().map(UnitMembership.Member::personNo)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (ZoneNotFoundException e) {
            throw new NotFoundException("roster.unit-not-found", Map.of("unit", unitCode));
        } catch (ZoneUnavailableException e) {
            throw new DependencyUnavailableException("roster.unit-unavailable", Map.of("unit", unitCode));
        }
    }

    /** Every party member now in the bureau, asked in one question rather than person by person. */
    public List<PartyMember> partyMembers() {
        try {
            return zone.partyMembers().stream()
                    .map(m -> new PartyMember(m.personNo(), m.name(), m.unitCode(), m.unitName())).toList();
        } catch (ZoneUnavailableException e) {
            throw new DependencyUnavailableException("roster.party-members-unavailable");
        }
    }
}
