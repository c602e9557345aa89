package cn.sangang.post.roster;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * zone-service's answers about the roster; fields it adds later are ignored, so its evolution cannot stop ours. The caller's token travels as an argument: the circuit breaker runs
 * the call on another thread, where nothing bound to the incoming request is visible.
 */
@FeignClient(name = "zone-service", url = "${sangang.services.zone-service}", fallbackFactory = ZoneServiceFallback.class)
interface ZoneServiceClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Membership(String personNo, String name, boolean partyMember, boolean active, String unitCode,
                      String unitName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UnitMembership(String unitCode, String unitName, List<Member> people) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Member(String personNo, String name, boolean partyMember) {
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bureau(String id, String name) {
    }

    @GetMapping("/api/zone/bureau")
    Bureau bureau(@RequestHeader("Authorization") String bearer);

    @GetMapping("/api/zone/membership/people/{personNo}")
    Membership person(@RequestHeader("Authorization") String bearer, @PathVariable("personNo") String personNo);

    @GetMapping("/api/zone/membership/units/{unitCode}")
    UnitMembership unit(@RequestHeader("Authorization") String bearer, @PathVariable("unitCode") String unitCode);
}
