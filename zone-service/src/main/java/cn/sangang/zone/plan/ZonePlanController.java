package cn.sangang.zone.plan;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.zone.plan.ZoneApi.CoverageView;
import cn.sangang.zone.plan.ZoneApi.Dissolution;
import cn.sangang.zone.plan.ZoneApi.MyZone;
import cn.sangang.zone.plan.ZoneApi.ZoneRequest;
import cn.sangang.zone.plan.ZoneApi.ZoneView;
import cn.sangang.zone.plan.domain.Zone;
import cn.sangang.zone.plan.domain.ZonePlan;
import cn.sangang.zone.roster.RosterDirectory;
import cn.sangang.zone.roster.domain.RosterSnapshot;

/** Responsibility zones of the caller's bureau: drawn by ADMIN, read by its staff, coverage for those who steer. */
@RestController
@RequestMapping("/api/zone")
class ZonePlanController {

    private static final String ZONE_ID = "[0-9a-f]{24}";
    private static final Role[] COVERAGE_READERS = {Role.ADMIN, Role.LEADER, Role.SECRETARY, Role.OFFICE};

    private final ZonePlanService service;
    private final ZonePlans plans;
    private final RosterDirectory roster;

    ZonePlanController(ZonePlanService service, ZonePlans plans, RosterDirectory roster) {
        this.service = service;
        this.plans = plans;
        this.roster = roster;
    }

    @GetMapping("/zones")
    List<ZoneView> zones(Caller caller) {
        String bureau = caller.bureauAs(Role.bureauRoles());
        return views(bureau, plans.of(bureau).zones());
    }

    @GetMapping("/zones/{zoneId}")
    ZoneView zone(Caller caller, @PathVariable @Pattern(regexp = ZONE_ID) String zoneId) {
        String bureau = caller.bureauAs(Role.bureauRoles());
        return views(bureau, List.of(plans.of(bureau).require(zoneId))).getFirst();
    }

    @GetMapping("/my-zone")
    MyZone myZone(Caller caller) {
        String bureau = caller.bureau();
        String me = caller.member();
        Zone zone = plans.of(bureau).zoneOf(me).orElseThrow(() -> new NotFoundException("zone.not-a-member"));
        String mine = zone.members().stream().filter(m -> m.personNo().equals(me)).findFirst().orElseThrow()
                .responsibility();
        return new MyZone(views(bureau, List.of(zone)).getFirst(), mine);
    }

    @PostMapping("/zones")
    @ResponseStatus(HttpStatus.CREATED)
    ZoneView draw(Caller caller, @Valid @RequestBody ZoneRequest request) {
        Zone zone = service.draw(caller, request.draft());
        return views(caller.bureau(), List.of(zone)).getFirst();
    }

    @PutMapping("/zones/{zoneId}")
    ZoneView redraw(Caller caller, @PathVariable @Pattern(regexp = ZONE_ID) String zoneId,
            @Valid @RequestBody ZoneRequest request) {
        return views(caller.bureau(), List.of(service.redraw(caller, zoneId, request.draft()))).getFirst();
    }

    @PostMapping("/zones/{zoneId}/dissolve")
    ZoneView dissolve(Caller caller, @PathVariable @Pattern(regexp = ZONE_ID) String zoneId,
            @Valid @RequestBody Dissolution request) {
        return views(caller.bureau(), List.of(service.dissolve(caller, zoneId, request.reason()))).getFirst();
    }

    @GetMapping("/coverage")
    CoverageView coverage(Caller caller) {
        String bureau = caller.bureauAs(COVERAGE_READERS);
        RosterSnapshot snapshot = roster.snapshot(bureau);
        ZonePlan plan = plans.of(bureau);
        return CoverageView.of(plan.coverage(snapshot), snapshot.names());
    }

    private List<ZoneView> views(String bureau, List<Zone> zones) {
        Map<String, String> names = roster.personNames(bureau);
        Map<String, String> units = roster.unitNames(bureau);
        return zones.stream().map(z -> ZoneView.of(z, names, units)).toList();
    }
}
