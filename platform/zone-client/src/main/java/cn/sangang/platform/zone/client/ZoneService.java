package cn.sangang.platform.zone.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import cn.sangang.platform.zone.Bureau;
import cn.sangang.platform.zone.Membership;
import cn.sangang.platform.zone.PartyMember;
import cn.sangang.platform.zone.PeopleFound;
import cn.sangang.platform.zone.PeopleLookup;
import cn.sangang.platform.zone.Unit;
import cn.sangang.platform.zone.UnitMembership;

/**
 * zone-service, asked on behalf of the signed-in caller with the caller's own token, so it answers for the caller's
 * bureau and roles. Each question answers, or throws {@link ZoneNotFoundException} (no such person or unit),
 * {@link ZoneRefusedException} (a refusal of the question) or {@link ZoneUnavailableException} (no answer now).
 */
public class ZoneService {

    private final ZoneServiceClient client;

    ZoneService(ZoneServiceClient client) {
        this.client = client;
    }

    /** The caller's bureau; 404 while it has no name. */
    public Bureau bureau() {
        return client.bureau(bearer());
    }

    /** Every bureau, for the county office. */
    public List<Bureau> bureaus() {
        return client.bureaus(bearer());
    }

    public List<Unit> units() {
        return client.units(bearer());
    }

    public Membership person(String personNo) {
        return client.person(bearer(), personNo);
    }

    /**
     * Many people in as few questions as {@link PeopleLookup#MAX_PEOPLE} allows: those on the roster and the numbers
     * that are not, each once and in the order given.
     */
    public PeopleFound people(Collection<String> personNos) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(personNos));
        List<Membership> found = new ArrayList<>();
        List<String> notOnRoster = new ArrayList<>();
        String bearer = distinct.isEmpty() ? null : bearer();
        for (int from = 0; from < distinct.size(); from += PeopleLookup.MAX_PEOPLE) {
            PeopleFound answer = client.people(bearer, new PeopleLookup(
                    distinct.subList(from, Math.min(distinct.size(), from + PeopleLookup.MAX_PEOPLE))));
            found.addAll(answer.people());
            notOnRoster.addAll(answer.notOnRoster());
        }
        return new PeopleFound(List.copyOf(found), List.copyOf(notOnRoster));
    }

    public UnitMembership unit(String unitCode) {
        return client.unit(bearer(), unitCode);
    }

    public List<PartyMember> partyMembers() {
        return client.partyMembers(bearer());
    }

    private static String bearer() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return "Bearer " + token.getToken().getTokenValue();
        }
        throw new IllegalStateException("zone-service is asked on behalf of an authenticated caller only");
    }
}
