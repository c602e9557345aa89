package cn.sangang.evaluation.zone;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * zone-service's names of units and bureaus; fields it adds later are ignored, so its evolution cannot stop ours. The
 * caller's token travels as an argument: the circuit breaker runs the call on another thread, where nothing bound to
 * the incoming request is visible.
 */
@FeignClient(name = "zone-service", url = "${sangang.services.zone-service}", fallbackFactory = ZoneServiceFallback.class)
interface ZoneServiceClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unit(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bureau(String id, String name) {
    }

    /** The units of the caller's bureau. */
    @GetMapping("/api/zone/units")
    List<Unit> units(@RequestHeader("Authorization") String bearer);

    /** The caller's bureau. */
    @GetMapping("/api/zone/bureau")
    Bureau bureau(@RequestHeader("Authorization") String bearer);

    /** Every bureau, for the county office. */
    @GetMapping("/api/zone/bureaus")
    List<Bureau> bureaus(@RequestHeader("Authorization") String bearer);
}
