package cn.sangang.post.roster;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.sangang.platform.problem.DependencyUnavailableException;
import cn.sangang.platform.problem.RuleViolationException;
import cn.sangang.platform.zone.Bureau;
import cn.sangang.platform.zone.Membership;
import cn.sangang.platform.zone.UnitMembership;
import cn.sangang.platform.zone.client.ZoneNotFoundException;
import cn.sangang.platform.zone.client.ZoneRefusedException;
import cn.sangang.platform.zone.client.ZoneService;
import cn.sangang.platform.zone.client.ZoneUnavailableException;
import cn.sangang.post.post.domain.Nomination;

/**
 * The roster of the caller's bureau, as zone-service tells it (asked with the caller's own token). A person or unit
 * it does not know breaks the rules of a nomination or a ballot; while it does not answer nothing is saved.
 */
@Component
public class Roster {

    /** A person of the roster: name, membership and unit. */
    public record Person(String personNo, String name, boolean partyMember, boolean active, String unitCode,
            String unitName) {
    }

    /** A unit and the people now working in it. */
    public record Unit(String unitCode, String unitName, List<Nomination.UnitMember> people) {
    }

    private final ZoneService zone;

    Roster(ZoneService zone) {
        this.zone = zone;
    }

    /** The caller's bureau as headings name it; its id while zone-service cannot tell, since nothing waits on it. */
    public String bureauName(String bureau) {
        try {
            Bureau answer = zone.bureau();
            return answer == null || answer.name() == null || answer.name().isBlank() ? bureau : answer.name();
        } catch (ZoneNotFoundException | ZoneRefusedException | ZoneUnavailableException unnamed) {
            return bureau;
        }
    }

    public Person person(String personNo) {
        try {
            Membership m = zone.person(personNo);
            return new Person(m.personNo(), m.name(), m.partyMember(), m.active(), m.unitCode(), m.unitName());
        } catch (ZoneNotFoundException e) {
            throw new RuleViolationException("roster.person-not-found", Map.of("personNo", personNo));
        } catch (ZoneUnavailableException e) {
            throw new DependencyUnavailableException("roster.unavailable");
        }
    }

    public Unit unit(String unitCode) {
        try {
            UnitMembership u = zone.unit(unitCode);
            return new Unit(u.unitCode(), u.unitName(), u.people().stream()
                    .map(p -> new Nomination.UnitMember(p.personNo(), p.name(), p.partyMember())).toList());
        } catch (ZoneNotFoundException e) {
            throw new RuleViolationException("roster.unit-not-found", Map.of("unit", unitCode));
        } catch (ZoneUnavailableException e) {
            throw new DependencyUnavailableException("roster.unavailable");
        }
    }
}
