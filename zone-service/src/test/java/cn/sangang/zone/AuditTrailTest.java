package cn.sangang.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.sangang.events.Quarter;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.AuditSweep;
import cn.sangang.testkit.AuditTrailContract;
import cn.sangang.testkit.ServiceIntegrationTest;

/**
 * Every state-changing endpoint, called once with success in the order a bureau would, leaves its audit record
 * naming who did what to which aggregate — the action {@link ZoneEndpoints} names for it; an endpoint without one
 * is listed there with the reason.
 */
@ServiceIntegrationTest
class AuditTrailTest extends AuditTrailContract {

    BureauFixture b;

    AuditTrailTest() {
        super(ZoneEndpoints.CATALOGUE, "/api/zone/audit");
    }

    @Override
    protected Api bureauAndItsTrailReader() {
        b = new BureauFixture(port);
        return b.leader();
    }

    @Override
    protected void walk(AuditSweep sweep) {
        AuditSweep.Caller admin = sweep.by(b.admin(), "ADM");

        admin.put("/api/zone/bureau", Map.of("name", "审计县森林公安局", "reason", "机构设立")).leaves("bureau.renamed", "Bureau");

        String unit = admin.post("/api/zone/units", Map.of("code", "audit", "name", "审计股", "kind", "SECTION"))
                .leaves("unit.created", "Unit").entry().aggregateId();
        admin.post("/api/zone/people", person("audit-H", true)).leaves("person.added", "Person");
        String member = admin.post("/api/zone/people", person("audit-M1", true)).leaves("person.added", "Person")
                .entry().aggregateId();
        String activist = admin.post("/api/zone/people", person("audit-N", false)).leaves("person.added", "Person")
                .entry().aggregateId();
        admin.upload("/api/zone/people/import?mode=apply", "roster.xlsx", RosterWorkbooks
                .of(List.of(List.of("工号", "姓名", "所属单位", "党员", "职务", "联系电话"), List.of("audit-I", "导入者", "审计股", "否"))))
                .leaves("person.added", "Person");
        admin.put("/api/zone/units/audit", Map.of("name", "审计股", "kind", "SECTION", "headPersonNo", "audit-H"))
                .leaves("unit.changed", "Unit", unit);
        admin.put("/api/zone/people/audit-M1", Map.of("name", "改名", "unitCode", "audit", "partyMember", true))
                .leaves("person.changed", "Person", member);
        admin.put("/api/zone/people/audit-N/activist", Map.of("mentorPersonNo", "audit-M1", "since", "2026-01-01"))
                .leaves("activist.designated", "Person", activist);
        admin.post("/api/zone/people/audit-N/activist/withdraw", Map.of("reason", "本人申请")).leaves("activist.withdrawn",
                "Person", activist);

        var drawn = admin.post("/api/zone/zones", BureauFixture.zoneBody("audit", "审计责任区", "audit-H", "audit-M1"))
                .leaves("zone.drawn", "Zone");
        String zoneId = drawn.response().json().path("zoneId").asString();
        assertThat(drawn.entry().aggregateId()).as("a zone's history is filed under the zone").isEqualTo(zoneId);
        admin.put("/api/zone/zones/" + zoneId, BureauFixture.zoneBody("audit", "审计责任区", "audit-H", "audit-M1"))
                .leaves("zone.redrawn", "Zone", zoneId);

        sweep.by(b.as("audit-M1", "MEMBER"), "audit-M1").post("/api/zone/work-logs", Map.of("zoneId", zoneId, "date",
                LocalDate.now().minusDays(1).toString(), "duty", "VISIT_MASSES", "content", "走访林农"))
                .leaves("worklog.written", "WorkLog");
        String report = sweep.by(b.as("audit-H", "UNIT_HEAD"), "audit-H")
                .post("/api/zone/reports",
                        Map.of("zoneId", zoneId, "kind", "TYPICAL_CASE", "title", "典型案例", "body", "正文"))
                .leaves("report.submitted", "ZoneReport").response().json().path("id").asString();
        AuditSweep.Caller office = sweep.by(b.office(), "OFF");
        office.post("/api/zone/reports/" + report + "/acknowledge", Map.of("note", "已阅")).leaves("report.acknowledged",
                "ZoneReport", report);
        office.post("/api/zone/reports/" + report + "/publish",
                Map.of("publicTitle", "值得推广的做法", "publicSummary", "值得推广"))
                .leaves("report.published", "ZoneReport", report);
        sweep.by(b.leader(), "LDR")
                .post("/api/zone/assessments",
                        Map.of("zoneId", zoneId, "quarter", Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString(),
                                "coreWorkScore", 90, "problemSolvingScore", 85, "serviceCapacityScore", 80))
                .leaves("zone.assessed", "ZoneAssessment");

        admin.post("/api/zone/zones/" + zoneId + "/dissolve", Map.of("reason", "辖区调整")).leaves("zone.dissolved", "Zone",
                zoneId);
        admin.post("/api/zone/people/audit-N/leave", Map.of("reason", "调离")).leaves("person.left", "Person", activist);
    }

    private static Map<String, Object> person(String personNo, boolean partyMember) {
        return Map.of("personNo", personNo, "name", "姓名" + personNo, "unitCode", "audit", "partyMember", partyMember);
    }
}
