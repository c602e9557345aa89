package cn.sangang.zone;

import static cn.sangang.zone.BureauFixture.expect;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import cn.sangang.events.Quarter;
import cn.sangang.testkit.EndpointFixture;
import cn.sangang.testkit.EndpointFixture.Caller;

/**
 * A valid call of every endpoint in {@link ZoneEndpoints#CATALOGUE}, made of a bureau's real ids: a unit with its
 * head H, party members M1 and M2 and non-member N, a spare unit, a zone of H and M1, and what a call uses up (a
 * person to leave, an activist to withdraw, a zone to dissolve, reports to acknowledge and publish), renewed after
 * each accepted call. The tenancy, role and hostile-input sweeps all send these calls.
 */
final class Endpoints {

    static final Caller ADMIN = Caller.as("ADM", "ADMIN");
    static final Caller LEADER = Caller.as("LDR", "LEADER");
    static final Caller OFFICE = Caller.as("OFF", "OFFICE");

    final BureauFixture bureau;
    final String unit;
    final String zoneId;
    private final AtomicInteger serial = new AtomicInteger();
    private final AtomicInteger quartersBack = new AtomicInteger();
    private final AtomicReference<String> leaver = new AtomicReference<>();
    private final AtomicReference<String> candidate = new AtomicReference<>();
    private final AtomicReference<String> activist = new AtomicReference<>();
    private final AtomicReference<String> freeUnit = new AtomicReference<>();
    private final AtomicReference<String> doomedZone = new AtomicReference<>();
    private final AtomicReference<String> submitted = new AtomicReference<>();
    private final AtomicReference<String> acknowledged = new AtomicReference<>();

    Endpoints(BureauFixture bureau, String unit) {
        this.bureau = bureau;
        this.unit = unit;
        bureau.unitWithMembers(unit, 2).person(unit + "-N", unit, false).unit("spare", "备用单位").person("spare-P",
                "spare", true);
        zoneId = bureau.zone(unit, "责任区" + unit, unit + "-H", unit + "-M1");
        newLeaver();
        newCandidate();
        newActivist();
        newFreeUnit();
        newDoomedZone();
        submitted.set(newReport());
        newAcknowledgedReport();
    }

    /** The report a sweep may acknowledge: submitted, not yet acknowledged. */
    String reportId() {
        return submitted.get();
    }

    EndpointFixture fixture() {
        Caller member = Caller.as(unit + "-M1", "MEMBER");
        Caller head = Caller.as(unit + "-H", "UNIT_HEAD");
        return new EndpointFixture(bureau.bureau)
                // First, so a sweep reads the trail before its own writes add to it.
                .read("GET /api/zone/audit", LEADER, "/api/zone/audit")
                .read("GET /api/zone/bureau", LEADER, "/api/zone/bureau")
                .call("PUT /api/zone/bureau", ADMIN, "/api/zone/bureau",
                        () -> Map.of("name", "森林公安局", "reason", "机构设立"))
                .read("GET /api/zone/bureaus", Caller.as("CTY", "COUNTY"), "/api/zone/bureaus")
                .read("GET /api/zone/units", ADMIN, "/api/zone/units")
                .call("POST /api/zone/units", ADMIN, "/api/zone/units",
                        () -> Map.of("code", "u" + serial.incrementAndGet(), "name", "单位", "kind", "SECTION"))
                .call("PUT /api/zone/units/{code}", ADMIN, "/api/zone/units/spare",
                        () -> Map.of("name", "备用单位", "kind", "SECTION"))
                .read("GET /api/zone/people", ADMIN, "/api/zone/people")
                .read("GET /api/zone/people/{personNo}", ADMIN, "/api/zone/people/" + unit + "-M1")
                .call("POST /api/zone/people", ADMIN, "/api/zone/people",
                        () -> Map.of("personNo", "P" + serial.incrementAndGet(), "name", "新人", "unitCode", "spare",
                                "partyMember", true, "position", "民警", "phone", "13800000000"))
                .call("PUT /api/zone/people/{personNo}", ADMIN, "/api/zone/people/spare-P",
                        () -> Map.of("name", "备用", "unitCode", "spare", "partyMember", true, "position", "民警", "phone",
                                "13800000000"))
                .call("POST /api/zone/people/{personNo}/leave", ADMIN,
                        () -> "/api/zone/people/" + leaver.get() + "/leave", () -> Map.of("reason", "调离"),
                        this::newLeaver)
                .read("GET /api/zone/people.xlsx", ADMIN, "/api/zone/people.xlsx")
                .read("GET /api/zone/people/import-template.xlsx", ADMIN, "/api/zone/people/import-template.xlsx")
                // A workbook, not JSON, and none is sent: its hostile forms are platform/spreadsheet's XlsxImportTest
                // and
                // RosterSheetApiTest's, and so is an import by another bureau's caller.
                .call("POST /api/zone/people/import", ADMIN, "/api/zone/people/import?mode=apply", null)
                .read("GET /api/zone/activists", ADMIN, "/api/zone/activists")
                .call("PUT /api/zone/people/{personNo}/activist", ADMIN,
                        () -> "/api/zone/people/" + candidate.get() + "/activist",
                        () -> Map.of("mentorPersonNo", unit + "-M2", "since", LocalDate.now().minusDays(30).toString()),
                        this::newCandidate)
                .call("POST /api/zone/people/{personNo}/activist/withdraw", ADMIN,
                        () -> "/api/zone/people/" + activist.get() + "/activist/withdraw",
                        () -> Map.of("reason", "不再培养"), this::newActivist)
                .read("GET /api/zone/membership/people/{personNo}", LEADER,
                        "/api/zone/membership/people/" + unit + "-M1")
                // The answer names back the numbers asked, so it asks about spare-P, whose number is no secret of the
                // unit to
                // the tenancy sweep; that another bureau's caller finds nobody is MembershipApiTest's.
                .call("POST /api/zone/membership/people/lookup", LEADER, "/api/zone/membership/people/lookup",
                        () -> Map.of("personNos", List.of("spare-P", "NOPE")))
                .read("GET /api/zone/membership/party-members", ADMIN, "/api/zone/membership/party-members")
                .read("GET /api/zone/membership/units/{unitCode}", ADMIN, "/api/zone/membership/units/" + unit)
                .read("GET /api/zone/zones", LEADER, "/api/zone/zones")
                .read("GET /api/zone/zones/{zoneId}", LEADER, "/api/zone/zones/" + zoneId)
                .read("GET /api/zone/my-zone", member, "/api/zone/my-zone")
                .call("POST /api/zone/zones", ADMIN, () -> "/api/zone/zones",
                        () -> BureauFixture.zoneBody(freeUnit.get(), "新区" + freeUnit.get(), freeUnit.get() + "-H"),
                        this::newFreeUnit)
                .call("PUT /api/zone/zones/{zoneId}", ADMIN, "/api/zone/zones/" + zoneId,
                        () -> BureauFixture.zoneBody(unit, "责任区" + unit, unit + "-H", unit + "-M1"))
                .call("POST /api/zone/zones/{zoneId}/dissolve", ADMIN,
                        () -> "/api/zone/zones/" + doomedZone.get() + "/dissolve", () -> Map.of("reason", "调整"),
                        this::newDoomedZone)
                .read("GET /api/zone/coverage", ADMIN, "/api/zone/coverage")
                .read("GET /api/zone/zones.xlsx", ADMIN, "/api/zone/zones.xlsx")
                .read("GET /api/zone/coverage.xlsx", ADMIN, "/api/zone/coverage.xlsx")
                .call("POST /api/zone/work-logs", member, "/api/zone/work-logs",
                        () -> Map.of("zoneId", zoneId, "date", LocalDate.now().minusDays(1).toString(), "duty",
                                "VISIT_MASSES", "content", "走访"))
                .read("GET /api/zone/work-logs", LEADER, "/api/zone/work-logs?zoneId=" + zoneId)
                .read("GET /api/zone/work-logs/mine", member, "/api/zone/work-logs/mine")
                .call("POST /api/zone/reports", head, "/api/zone/reports",
                        () -> Map.of("zoneId", zoneId, "kind", "TYPICAL_CASE", "title", "案例", "body", "正文"))
                .read("GET /api/zone/reports", OFFICE, "/api/zone/reports")
                .call("POST /api/zone/reports/{id}/acknowledge", OFFICE,
                        () -> "/api/zone/reports/" + submitted.get() + "/acknowledge", () -> Map.of("note", "已阅"),
                        () -> submitted.set(newReport()))
                .call("POST /api/zone/reports/{id}/publish", OFFICE,
                        () -> "/api/zone/reports/" + acknowledged.get() + "/publish",
                        () -> Map.of("publicTitle", "标题", "publicSummary", "摘要"), this::newAcknowledgedReport)
                .call("POST /api/zone/assessments", LEADER, "/api/zone/assessments",
                        () -> Map.of("zoneId", zoneId, "quarter", earlierQuarter(quartersBack.incrementAndGet()),
                                "coreWorkScore", 90, "problemSolvingScore", 80, "serviceCapacityScore", 85, "comments",
                                "好"))
                .read("GET /api/zone/assessments", LEADER, "/api/zone/assessments")
                .read("GET /api/zone/assessments.xlsx", LEADER, "/api/zone/assessments.xlsx");
    }

    private void newLeaver() {
        String personNo = "N" + serial.incrementAndGet();
        bureau.person(personNo, unit, false);
        leaver.set(personNo);
    }

    private void newCandidate() {
        String personNo = "C" + serial.incrementAndGet();
        bureau.person(personNo, unit, false);
        candidate.set(personNo);
    }

    private void newFreeUnit() {
        String free = "f" + serial.incrementAndGet();
        bureau.unitWithMembers(free, 0);
        freeUnit.set(free);
    }

    private void newActivist() {
        String personNo = "A" + serial.incrementAndGet();
        bureau.person(personNo, unit, false);
        expect(200, bureau.admin().put("/api/zone/people/" + personNo + "/activist",
                Map.of("mentorPersonNo", unit + "-M2", "since", "2026-01-01")));
        activist.set(personNo);
    }

    private void newDoomedZone() {
        String doomed = "d" + serial.incrementAndGet();
        bureau.unitWithMembers(doomed, 0);
        doomedZone.set(bureau.zone(doomed, "待撤区" + doomed, doomed + "-H"));
    }

    private String newReport() {
        return expect(201,
                bureau.as(unit + "-H", "UNIT_HEAD").post("/api/zone/reports",
                        Map.of("zoneId", zoneId, "kind", "TYPICAL_CASE", "title", "案例", "body", "正文")))
                .json().path("id").asString();
    }

    private void newAcknowledgedReport() {
        String id = newReport();
        expect(200, bureau.office().post("/api/zone/reports/" + id + "/acknowledge", Map.of()));
        acknowledged.set(id);
    }

    private static String earlierQuarter(int back) {
        Quarter quarter = Quarter.of(LocalDate.now(Quarter.BUREAU_TIME));
        for (int i = 0; i < back; i++) {
            quarter = quarter.previous();
        }
        return quarter.toString();
    }
}
