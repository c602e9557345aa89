package cn.sangang.platform.zone.client;

import java.util.List;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

import cn.sangang.platform.zone.Bureau;
import cn.sangang.platform.zone.Membership;
import cn.sangang.platform.zone.PartyMember;
import cn.sangang.platform.zone.PeopleFound;
import cn.sangang.platform.zone.PeopleLookup;
import cn.sangang.platform.zone.Unit;
import cn.sangang.platform.zone.UnitMembership;
import cn.sangang.platform.zone.ZonePaths;

/**
 * zone-service's answers, as zone-contract shapes them. The caller's token travels as an argument: the circuit
 * breaker runs the call on another thread, where nothing bound to the incoming request is visible ({@link
 * ZoneService} reads it on the request's thread).
 */
@FeignClient(name = "zone-service", url = "${sangang.services.zone-service}", fallbackFactory = ZoneServiceFallback.class)
interface ZoneServiceClient {

    @GetMapping(ZonePaths.BUREAU)
    Bureau bureau(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer);

    @GetMapping(ZonePaths.BUREAUS)
    List<Bureau> bureaus(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer);

    @GetMapping(ZonePaths.UNITS)
    List<Unit> units(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer);

    @GetMapping(ZonePaths.PERSON)
    Membership person(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer,
            @PathVariable("personNo") String personNo);

    @PostMapping(ZonePaths.PEOPLE_LOOKUP)
    PeopleFound people(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer, @RequestBody PeopleLookup question);

    @GetMapping(ZonePaths.UNIT_MEMBERSHIP)
    UnitMembership unit(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer,
            @PathVariable("unitCode") String unitCode);

    @GetMapping(ZonePaths.PARTY_MEMBERS)
    List<PartyMember> partyMembers(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer);
}
