package cn.sangang.zone.plan;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.sangang.zone.plan.domain.ZonePlan;

/** What the other features of this service may read of a bureau's zones. */
@Component
public class ZonePlans {

    private final ZonePlanRepository plans;

    ZonePlans(ZonePlanRepository plans) {
        this.plans = plans;
    }

    public ZonePlan of(String bureau) {
        return plans.findByBureauId(bureau).map(ZonePlanDocument::plan).orElseGet(() -> new ZonePlan(List.of()));
    }
}
