package cn.sangang.zone.plan;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.zone.plan.domain.ZoneDraft;

/** Draws a bureau's zones through the plan's own rules, skipping zones already drawn. */
@Component
public class ZoneSeeding {

    private final ZonePlanService service;
    private final ZonePlans plans;

    ZoneSeeding(ZonePlanService service, ZonePlans plans) {
        this.service = service;
        this.plans = plans;
    }

    public void seed(String bureau, List<ZoneDraft> zones) {
        Caller admin = new Caller(bureau, "demo-seed", Set.of(Role.ADMIN));
        for (ZoneDraft zone : zones) {
            if (plans.of(bureau).zones().stream().noneMatch(z -> z.name().equals(zone.name()))) {
                service.draw(admin, zone);
            }
        }
    }
}
