package cn.sangang.platform.zone.client;

import java.util.List;

import feign.FeignException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.openfeign.FallbackFactory;

import cn.sangang.platform.zone.Bureau;
import cn.sangang.platform.zone.Membership;
import cn.sangang.platform.zone.PartyMember;
import cn.sangang.platform.zone.PeopleFound;
import cn.sangang.platform.zone.PeopleLookup;
import cn.sangang.platform.zone.Unit;
import cn.sangang.platform.zone.UnitMembership;

/**
 * The one reading of a failed question, whichever is asked: "no such person or unit" (404) is an answer; any other
 * 4xx is zone-service refusing our question; anything else — no answer, a timeout, an open breaker, a 5xx — means
 * zone-service cannot be asked now. What each means to a caller is the asking service's façade's to say.
 */
class ZoneServiceFallback implements FallbackFactory<ZoneServiceClient> {

    private static final Logger log = LoggerFactory.getLogger(ZoneServiceFallback.class);

    @Override
    public ZoneServiceClient create(Throwable cause) {
        return new ZoneServiceClient() {
            @Override
            public Bureau bureau(String bearer) {
                throw failure(cause);
            }

            @Override
            public List<Bureau> bureaus(String bearer) {
                throw failure(cause);
            }

            @Override
            public List<Unit> units(String bearer) {
                throw failure(cause);
            }

            @Override
            public Membership person(String bearer, String personNo) {
                throw failure(cause);
            }

            @Override
            public PeopleFound people(String bearer, PeopleLookup question) {
                throw failure(cause);
            }

            @Override
            public UnitMembership unit(String bearer, String unitCode) {
                throw failure(cause);
            }

            @Override
            public List<PartyMember> partyMembers(String bearer) {
                throw failure(cause);
            }
        };
    }

    static RuntimeException failure(Throwable cause) {
        if (cause instanceof FeignException.NotFound) {
            return new ZoneNotFoundException();
        }
        if (cause instanceof FeignException.FeignClientException refusal) {
            log.warn("zone-service refused a question: {}", refusal.toString());
            return new ZoneRefusedException(refusal.status());
        }
        log.warn("zone-service did not answer: {}", cause.toString());
        return new ZoneUnavailableException();
    }
}
