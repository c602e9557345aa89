package cn.sangang.post.roster;

import java.util.Map;

import feign.FeignException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

import cn.sangang.platform.problem.DependencyUnavailableException;
import cn.sangang.platform.problem.RuleViolationException;

/** zone-service's "no such person or unit" is an answer; anything else means it is not answering now. */
@Component
class ZoneServiceFallback implements FallbackFactory<ZoneServiceClient> {

    private static final Logger log = LoggerFactory.getLogger(ZoneServiceFallback.class);

    @Override
    public ZoneServiceClient create(Throwable cause) {
        RuntimeException unavailable = cause instanceof FeignException.NotFound ? null : unavailable(cause);
        return new ZoneServiceClient() {
            @Override
            public Bureau bureau(String bearer) {
                // Only headings carry the name: without it they show the bureau's id, and nothing waits on it.
                return new Bureau(null, null);
            }

            @Override
            public Membership person(String bearer, String personNo) {
                throw cause instanceof FeignException.NotFound
                    ? new RuleViolationException("roster.person-not-found", Map.of("personNo", personNo)) : unavailable;
            }

            @Override
            public UnitMembership unit(String bearer, String unitCode) {
                throw cause instanceof FeignException.NotFound
                    ? new RuleViolationException("roster.unit-not-found", Map.of("unit", unitCode)) : unavailable;
            }
        };
    }

    private static RuntimeException unavailable(Throwable cause) {
        log.warn("zone-service did not answer: {}", cause.toString());
        return new DependencyUnavailableException("roster.unavailable");
    }
}
