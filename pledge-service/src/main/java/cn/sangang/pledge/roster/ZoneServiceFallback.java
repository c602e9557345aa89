package cn.sangang.pledge.roster;

import java.util.List;
import java.util.Map;

import feign.FeignException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

import cn.sangang.platform.problem.DependencyUnavailableException;
import cn.sangang.platform.problem.NotFoundException;

/**
 * zone-service's "no such person" or "no such unit" is an answer; any other failure — no answer, a timeout, an open
 * breaker, or a refusal of our question — means the roster cannot be asked now.
 */
@Component
class ZoneServiceFallback implements FallbackFactory<ZoneServiceClient> {

    private static final Logger log = LoggerFactory.getLogger(ZoneServiceFallback.class);

    @Override
    public ZoneServiceClient create(Throwable cause) {
        return new ZoneServiceClient() {
            @Override
            public Membership person(String bearer, String personNo) {
                if (cause instanceof FeignException.NotFound) {
                    throw new NotOnRosterException(personNo);
                }
                throw unavailable(cause, new DependencyUnavailableException("roster.membership-unavailable"));
            }

            @Override
            public UnitMembership unit(String bearer, String unitCode) {
                if (cause instanceof FeignException.NotFound) {
                    throw new NotFoundException("roster.unit-not-found", Map.of("unit", unitCode));
                }
                throw unavailable(cause, new DependencyUnavailableException("roster.unit-unavailable",
                    Map.of("unit", unitCode)));
            }

            @Override
            public List<PartyMember> partyMembers(String bearer) {
                throw unavailable(cause, new DependencyUnavailableException("roster.party-members-unavailable"));
            }
        };
    }

    private static DependencyUnavailableException unavailable(Throwable cause,
                                                              DependencyUnavailableException refusal) {
        log.warn("zone-service did not answer: {}", cause.toString());
        return refusal;
    }
}
