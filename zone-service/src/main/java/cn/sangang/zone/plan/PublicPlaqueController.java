package cn.sangang.zone.plan;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.code.QrCodes;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.zone.plan.ZoneApi.PlaqueView;
import cn.sangang.zone.plan.domain.Zone;
import cn.sangang.zone.roster.RosterDirectory;
import cn.sangang.zone.roster.domain.RosterPerson;

/**
 * The zone plaques the public reads without an account, so anyone can find who is responsible for what. Only
 * names, responsibilities and tasks: no phone numbers, no person numbers, no internal ids. The QR code printed on
 * the plaque opens its page.
 */
@RestController
@RequestMapping("/public/zone")
class PublicPlaqueController {

    private static final String CODE = "ZR[0-9A-Z]{8}";

    private final ZonePlans plans;
    private final RosterDirectory roster;
    private final String publicBaseUrl;

    PublicPlaqueController(ZonePlans plans, RosterDirectory roster,
            @Value("${sangang.public-base-url}") String publicBaseUrl) {
        this.plans = plans;
        this.roster = roster;
        this.publicBaseUrl = publicBaseUrl;
    }

    @GetMapping("/plaques/{plaqueCode}")
    PlaqueView plaque(@PathVariable @Pattern(regexp = CODE) String plaqueCode) {
        ZonePlans.PlacedZone placed = byCode(plaqueCode);
        return plaques(placed.bureauId(), List.of(placed.zone())).getFirst();
    }

    @GetMapping(value = "/plaques/{plaqueCode}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(@PathVariable @Pattern(regexp = CODE) String plaqueCode) {
        byCode(plaqueCode);
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .body(QrCodes.svg(PlaqueView.pageUrl(publicBaseUrl, plaqueCode)));
    }

    @GetMapping("/bureaus/{bureauId}/plaques")
    List<PlaqueView> board(@PathVariable @Pattern(regexp = "[a-z0-9-]{1,40}") String bureauId) {
        return plaques(bureauId, plans.of(bureauId).zones());
    }

    private List<PlaqueView> plaques(String bureauId, List<Zone> zones) {
        Map<String, RosterPerson> people = roster.people(bureauId,
                zones.stream().flatMap(z -> z.members().stream().map(m -> m.personNo())).toList());
        Map<String, String> units = roster.unitNames(bureauId);
        return zones.stream().map(z -> PlaqueView.of(bureauId, z, people, units, publicBaseUrl)).toList();
    }

    private ZonePlans.PlacedZone byCode(String plaqueCode) {
        return plans.byPlaqueCode(plaqueCode)
                .orElseThrow(() -> new NotFoundException("zone.plaque-not-found", Map.of("code", plaqueCode)));
    }
}
