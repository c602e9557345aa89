package cn.sangang.platform.zone.client;

import java.util.Map;

import cn.sangang.platform.problem.DependencyUnavailableException;

/** zone-service did not answer: down, too slow, answering 5xx, or its circuit breaker is open. */
public class ZoneUnavailableException extends DependencyUnavailableException {

    ZoneUnavailableException() {
        super("service.unavailable", Map.of("service", "zone-service"));
    }
}
