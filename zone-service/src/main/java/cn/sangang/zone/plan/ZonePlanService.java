package cn.sangang.zone.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.zone.ZoneDissolved;
import cn.sangang.events.zone.ZoneDrawn;
import cn.sangang.platform.code.PublicCodes;
import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.zone.plan.domain.Zone;
import cn.sangang.zone.plan.domain.ZoneDraft;
import cn.sangang.zone.plan.domain.ZonePlan;
import cn.sangang.zone.roster.RosterDirectory;
import cn.sangang.zone.roster.domain.RosterSnapshot;

/**
 * Draws, redraws and dissolves zones. Administrators of one bureau may edit different zones at the same moment;
 * such edits meet on the plan's version, and the loser is re-applied to the fresh plan — where the rules are
 * checked again, so two edits can never together put a person in two zones. A drawn or dissolved zone is announced
 * with its plaque code, so that evaluation finds the zone's surveys from the plaque.
 */
@Service
class ZonePlanService {

    private static final int ATTEMPTS = 5;

    private final ZonePlanRepository plans;
    private final RosterDirectory roster;
    private final ChangeRecorder recorder;

    ZonePlanService(ZonePlanRepository plans, RosterDirectory roster, ChangeRecorder recorder) {
        this.plans = plans;
        this.roster = roster;
        this.recorder = recorder;
    }

    Zone draw(Caller caller, ZoneDraft draft) {
        String bureau = caller.bureauAs(Role.ADMIN);
        String zoneId = new ObjectId().toHexString();
        String plaqueCode = newPlaqueCode();
        return change(bureau, plan -> {
            Zone zone = plan.draw(draft, snapshot(bureau), zoneId, plaqueCode, today());
            return new Outcome(zone, "zone.drawn", null, "划定责任区 " + zone.name() + "，成员 " + zone.members().size() + " 人",
                    document -> recorder.publish(document, EventTypes.ZONE_DRAWN, drawn(zone)));
        }, caller);
    }

    Zone redraw(Caller caller, String zoneId, ZoneDraft draft) {
        String bureau = caller.bureauAs(Role.ADMIN);
        return change(bureau, plan -> {
            Zone zone = plan.redraw(zoneId, draft, snapshot(bureau));
            return new Outcome(zone, "zone.redrawn", null,
                    "调整责任区 " + zone.name() + "，成员 " + zone.members().size() + " 人", document -> {
                    });
        }, caller);
    }

    Zone dissolve(Caller caller, String zoneId, String reason) {
        String bureau = caller.bureauAs(Role.ADMIN);
        return change(bureau, plan -> {
            Zone zone = plan.dissolve(zoneId);
            return new Outcome(zone, "zone.dissolved", reason, "撤销责任区 " + zone.name(),
                    document -> recorder.publish(document, EventTypes.ZONE_DISSOLVED,
                            new ZoneDissolved(zone.zoneId(), zone.plaqueCode(), zone.name(), zone.unitCode(), reason)));
        }, caller);
    }

    /**
     * Announces the zones of plans kept before zones were announced — once per plan, whichever replica gets there
     * first — so that the surveys of plaques already on the wall can be found from them too.
     */
    void announceEarlierZones() {
        for (ZonePlanDocument found : plans.findByAnnouncedNot(true)) {
            for (int attempt = 1;; attempt++) {
                ZonePlanDocument document = plans.findById(found.getId()).orElseThrow();
                if (document.announced()) {
                    break;
                }
                List<Zone> zones = document.plan().zones();
                zones.forEach(zone -> recorder.publish(document, EventTypes.ZONE_DRAWN, drawn(zone)));
                document.markAnnounced();
                if (!zones.isEmpty()) {
                    recorder.audit(document, new Caller(document.getBureauId(), "zone-service", Set.of()),
                            "zone.announced", null, "公布已划定责任区的标牌 " + zones.size() + " 块");
                }
                try {
                    plans.save(document);
                    break;
                } catch (OptimisticLockingFailureException concurrentEdit) {
                    if (attempt == ATTEMPTS) {
                        throw concurrentEdit;
                    }
                }
            }
        }
    }

    private record Outcome(Zone zone, String action, String reason, String summary, Consumer<ZonePlanDocument> events) {
    }

    private static ZoneDrawn drawn(Zone zone) {
        return new ZoneDrawn(zone.zoneId(), zone.plaqueCode(), zone.name(), zone.unitCode(), zone.drawnOn());
    }

    private Zone change(String bureau, Function<ZonePlan, Outcome> edit, Caller caller) {
        for (int attempt = 1;; attempt++) {
            ZonePlanDocument document = plans.findByBureauId(bureau).orElseGet(() -> new ZonePlanDocument(bureau));
            ZonePlan plan = document.plan();
            Outcome outcome = edit.apply(plan);
            document.keep(plan);
            // Filed under the zone, not the plan: each zone's history is read on its own (GET
            // /api/zone/audit?aggregateId=).
            recorder.audit(document, "Zone", outcome.zone().zoneId(), caller, outcome.action(), outcome.reason(),
                    outcome.summary());
            outcome.events().accept(document);
            try {
                plans.save(document);
                return outcome.zone();
            } catch (OptimisticLockingFailureException | DuplicateKeyException concurrentEdit) {
                if (attempt == ATTEMPTS) {
                    throw concurrentEdit;
                }
            }
        }
    }

    private RosterSnapshot snapshot(String bureau) {
        return roster.snapshot(bureau);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(recorder.now(), Quarter.BUREAU_TIME);
    }

    private String newPlaqueCode() {
        return PublicCodes.next("ZR", code -> plans.findByZonesPlaqueCode(code).isPresent());
    }
}
