package cn.sangang.zone.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.sangang.zone.plan.domain.Zone;
import cn.sangang.zone.plan.domain.ZonePlan;

/** What the other features of this service may read of a bureau's zones. */
@Component
public class ZonePlans {

    private final ZonePlanRepository plans;

    ZonePlans(ZonePlanRepository plans) {
        this.plans = plans;
    }

    /** A zone with the bureau it belongs to. */
    record PlacedZone(String bureauId, Zone zone) {
    }

    public ZonePlan of(String bureau) {
        return plans.findByBureauId(bureau).map(ZonePlanDocument::plan).orElseGet(() -> new ZonePlan(List.of()));
    }

    /** The zone whose plaque carries {@code plaqueCode}, of whichever bureau: the public finds it by the code alone. */
    Optional<PlacedZone> byPlaqueCode(String plaqueCode) {
        return plans.findByZonesPlaqueCode(plaqueCode)
                .flatMap(document -> document.plan().zones().stream().filter(z -> z.plaqueCode().equals(plaqueCode))
                        .findFirst().map(zone -> new PlacedZone(document.getBureauId(), zone)));
    }
}
