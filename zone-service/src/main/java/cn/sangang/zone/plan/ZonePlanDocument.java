package cn.sangang.zone.plan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.platform.outbox.AggregateDocument;
import cn.sangang.zone.plan.domain.Zone;
import cn.sangang.zone.plan.domain.ZonePlan;

/** The zone plan of one bureau, stored whole so its cross-zone rules hold under optimistic locking. */
@Document("zone_plans")
@CompoundIndex(name = "one_plan_per_bureau", def = "{'bureauId': 1}", unique = true)
@CompoundIndex(name = "plaque", def = "{'zones.plaqueCode': 1}")
class ZonePlanDocument extends AggregateDocument {

    private List<Zone> zones = new ArrayList<>();
    /** Every zone of this plan has been announced; false only for plans kept before zones were announced. */
    private boolean announced;

    ZonePlanDocument() {
    }

    ZonePlanDocument(String bureauId) {
        super(bureauId);
        this.announced = true;
    }

    ZonePlan plan() {
        return new ZonePlan(zones);
    }

    void keep(ZonePlan plan) {
        this.zones = new ArrayList<>(plan.zones());
    }

    boolean announced() {
        return announced;
    }

    void markAnnounced() {
        announced = true;
    }
}
