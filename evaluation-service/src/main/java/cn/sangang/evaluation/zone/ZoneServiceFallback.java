package cn.sangang.evaluation.zone;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

/**
 * Names only label what evaluation-service already knows, so while zone-service does not answer an export carries
 * codes and ids instead: a clerk can still file it, and nothing waits on zone-service.
 */
@Component
class ZoneServiceFallback implements FallbackFactory<ZoneServiceClient> {

    private static final Logger log = LoggerFactory.getLogger(ZoneServiceFallback.class);

    @Override
    public ZoneServiceClient create(Throwable cause) {
        log.warn("zone-service did not name units or bureaus, exports show codes: {}", cause.toString());
        return new ZoneServiceClient() {
            @Override
            public List<Unit> units(String bearer) {
                return List.of();
            }

            @Override
            public Bureau bureau(String bearer) {
                return new Bureau(null, null);
            }

            @Override
            public List<Bureau> bureaus(String bearer) {
                return List.of();
            }
        };
    }
}
