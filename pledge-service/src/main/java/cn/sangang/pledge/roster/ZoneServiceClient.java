package cn.sangang.pledge.roster;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * zone-service's answers about people and units of the roster; fields it adds later are ignored. The caller's token
 * travels as an argument because the circuit breaker runs the call on another thread.
 */
@FeignClient(name = "zone-service", url = "${sangang.services.zone-service}", fallbackFactory = ZoneServiceFallback.class)
interface ZoneServiceClient {

    /** {@code headOf}: the unit the person heads, or null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Membership(String personNo, String name, boolean partyMember, boolean active, String headOf) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UnitMembership(String unitCode, List<Member> people) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Member(String personNo) {
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PartyMember(String personNo, String name, String unitCode, String unitName) {
    }

    @GetMapping("/api/zone/membership/people/{personNo}")
    Membership person(@RequestHeader("Authorization") String bearer, @PathVariable("personNo") String personNo);

    @GetMapping("/api/zone/membership/units/{unitCode}")
    UnitMembership unit(@RequestHeader("Authorization") String bearer, @PathVariable("unitCode") String unitCode);

    /** Every party member now in the caller's bureau, in one answer. */
    @GetMapping("/api/zone/membership/party-members")
    List<PartyMember> partyMembers(@RequestHeader("Authorization") String bearer);
}
