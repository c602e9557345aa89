package cn.sangang.zone.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.sangang.zone.plan.domain.Coverage;
import cn.sangang.zone.plan.domain.Zone;
import cn.sangang.zone.plan.domain.ZoneDraft;
import cn.sangang.zone.plan.domain.ZoneMember;
import cn.sangang.zone.roster.domain.RosterPerson;

/** The request and response bodies of the zone API. */
final class ZoneApi {

    private ZoneApi() {
    }

    record ZoneRequest(@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,31}") String unitCode,

            @NotBlank @Size(max = 60) String name,

            @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,32}") String headPersonNo,

            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 200) String> mainTasks,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid MemberRequest> members) {

        ZoneDraft draft() {
            return new ZoneDraft(unitCode, name.strip(), headPersonNo, mainTasks.stream().map(String::strip).toList(),
                    members.stream().map(m -> new ZoneMember(m.personNo(), m.responsibility().strip())).toList());
        }
    }

    record MemberRequest(@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,32}") String personNo,

            @NotBlank @Size(max = 200) String responsibility) {
    }

    record Dissolution(@NotBlank @Size(max = 500) String reason) {
    }

    record PersonRef(String personNo, String name) {
    }

    record MemberView(String personNo, String name, String responsibility) {
    }

    record ZoneView(String zoneId, String plaqueCode, String unitCode, String unitName, String name, PersonRef head,
            List<String> mainTasks, List<MemberView> members, LocalDate drawnOn) {

        static ZoneView of(Zone zone, Map<String, String> personNames, Map<String, String> unitNames) {
            return new ZoneView(zone.zoneId(), zone.plaqueCode(), zone.unitCode(), unitNames.get(zone.unitCode()),
                    zone.name(), new PersonRef(zone.headPersonNo(), personNames.get(zone.headPersonNo())),
                    zone.mainTasks(),
                    zone.members().stream()
                            .map(m -> new MemberView(m.personNo(), personNames.get(m.personNo()), m.responsibility()))
                            .toList(),
                    zone.drawnOn());
        }
    }

    record MyZone(ZoneView zone, String myResponsibility) {
    }

    record CoverageView(long partyMembers, long covered, boolean complete, List<Uncovered> uncovered,
            List<Stale> stale) {

        record Uncovered(String personNo, String name, String unitCode) {
        }

        record Stale(String zoneId, String zoneName, String personNo, String name, Coverage.Staleness reason) {
        }

        static CoverageView of(Coverage coverage, Map<String, String> personNames) {
            return new CoverageView(coverage.partyMembers(), coverage.covered(), coverage.complete(),
                    coverage.uncovered().stream().map(p -> new Uncovered(p.personNo(), p.name(), p.unitCode()))
                            .toList(),
                    coverage.stale().stream().map(s -> new Stale(s.zone().zoneId(), s.zone().name(), s.personNo(),
                            personNames.get(s.personNo()), s.reason())).toList());
        }
    }

    /**
     * What the public plaque shows: names and responsibilities, nothing private; and where the plaque's page, its QR
     * code and its satisfaction surveys are, as absolute URLs to print.
     */
    record PlaqueView(String plaqueCode, String bureauId, String zoneName, String unitName, String headName,
            List<String> mainTasks, List<PlaqueMember> members, String pageUrl, String qrCodeUrl, String surveyUrl) {

        record PlaqueMember(String name, String responsibility) {
        }

        static PlaqueView of(String bureauId, Zone zone, Map<String, RosterPerson> people,
                Map<String, String> unitNames, String publicBaseUrl) {
            String pageUrl = pageUrl(publicBaseUrl, zone.plaqueCode());
            return new PlaqueView(zone.plaqueCode(), bureauId, zone.name(), unitNames.get(zone.unitCode()),
                    name(people, zone.headPersonNo()), zone.mainTasks(),
                    zone.members().stream().map(m -> new PlaqueMember(name(people, m.personNo()), m.responsibility()))
                            .toList(),
                    pageUrl, pageUrl + "/qr.svg",
                    publicBaseUrl + "/public/evaluation/surveys?plaque=" + zone.plaqueCode());
        }

        static String pageUrl(String publicBaseUrl, String plaqueCode) {
            return publicBaseUrl + "/public/zone/plaques/" + plaqueCode;
        }

        private static String name(Map<String, RosterPerson> people, String personNo) {
            RosterPerson person = people.get(personNo);
            return person == null ? null : person.name();
        }
    }
}
