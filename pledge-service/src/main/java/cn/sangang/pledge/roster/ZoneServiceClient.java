package cn.sangang.pledge.roster;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * zone-service's answer about a person of the roster; fields it adds later are ignored. The caller's token travels
 * as an argument because the circuit breaker runs the call on another thread.
 */
@FeignClient(name = "zone-service", url = "${sangang.services.zone-service}", fallbackFactory = ZoneServiceFallback.class)
interface ZoneServiceClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Membership(String personNo, String name, boolean partyMember, boolean active) {
    }

    @GetMapping("/api/zone/membership/people/{personNo}")
    Membership person(@RequestHeader("Authorization") String bearer, @PathVariable("personNo") String personNo);
}
