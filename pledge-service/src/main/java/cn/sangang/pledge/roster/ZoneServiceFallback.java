package cn.sangang.pledge.roster;

import feign.FeignException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

import cn.sangang.platform.problem.DependencyUnavailableException;

/**
 * zone-service's "no such person" is an answer ({@link NotOnRosterException}); any other failure — no answer, a
 * timeout, an open breaker, or a refusal of our question — means membership cannot be checked now.
 */
@Component
class ZoneServiceFallback implements FallbackFactory<ZoneServiceClient> {

    private static final Logger log = LoggerFactory.getLogger(ZoneServiceFallback.class);

    @Override
    public ZoneServiceClient create(Throwable cause) {
        return (bearer, personNo) -> {
            if (cause instanceof FeignException.NotFound) {
                throw new NotOnRosterException(personNo);
            }
            log.warn("zone-service did not answer: {}", cause.toString());
            throw new DependencyUnavailableException("zone-service is not answering, so party membership cannot be"
                + " checked now; nothing was saved — try again shortly");
        };
    }
}
