package cn.sangang.post.roster;

import java.util.List;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import cn.sangang.post.post.domain.Nomination;

/** The roster of the caller's bureau, as zone-service tells it (asked with the caller's own token). */
@Component
public class Roster {

    /** A person of the roster: name, membership and unit. */
    public record Person(String personNo, String name, boolean partyMember, boolean active, String unitCode,
                         String unitName) {
    }

    /** A unit and the people now working in it. */
    public record Unit(String unitCode, String unitName, List<Nomination.UnitMember> people) {
    }

    private final ZoneServiceClient zone;

    Roster(ZoneServiceClient zone) {
        this.zone = zone;
    }

    /** The caller's bureau as headings name it; its id while zone-service cannot tell. */
    public String bureauName(String bureau) {
        String name = zone.bureau(bearer()).name();
        return name == null || name.isBlank() ? bureau : name;
    }

    public Person person(String personNo) {
        ZoneServiceClient.Membership m = zone.person(bearer(), personNo);
        return new Person(m.personNo(), m.name(), m.partyMember(), m.active(), m.unitCode(), m.unitName());
    }

    public Unit unit(String unitCode) {
        ZoneServiceClient.UnitMembership u = zone.unit(bearer(), unitCode);
        return new Unit(u.unitCode(), u.unitName(), u.people().stream()
            .map(p -> new Nomination.UnitMember(p.personNo(), p.name(), p.partyMember())).toList());
    }

    private static String bearer() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return "Bearer " + token.getToken().getTokenValue();
        }
        throw new IllegalStateException("the roster is asked on behalf of an authenticated caller only");
    }
}
