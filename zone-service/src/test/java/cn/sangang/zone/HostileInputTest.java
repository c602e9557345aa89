package cn.sangang.zone;

import static cn.sangang.zone.BureauFixture.expect;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.sangang.events.Quarter;
import cn.sangang.testkit.HostileInputSuite;
import cn.sangang.testkit.HostileSweep;
import cn.sangang.testkit.HostileSweep.Target;
import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.testkit.TestTokens;

/**
 * Hostile input to every state-changing endpoint, by a caller allowed to use it: malformed JSON, wrong types,
 * operator keys, huge and deep bodies and hostile ids are refused with a problem and write nothing; hostile text
 * that is valid text is stored and returned verbatim; generated bodies never cause a server error.
 */
@ServiceIntegrationTest
class HostileInputTest implements HostileInputSuite {

    private static final String UNIT = "hostile";

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MongoTemplate mongo;

    BureauFixture a;
    HostileSweep sweep;
    String zoneId;
    final AtomicInteger serial = new AtomicInteger();
    final AtomicReference<String> leaver = new AtomicReference<>();
    final AtomicInteger quartersBack = new AtomicInteger();
    final AtomicReference<String> candidate = new AtomicReference<>();
    final AtomicReference<String> activist = new AtomicReference<>();
    final AtomicReference<String> freeUnit = new AtomicReference<>();
    final AtomicReference<String> doomedZone = new AtomicReference<>();
    final AtomicReference<String> submitted = new AtomicReference<>();
    final AtomicReference<String> acknowledged = new AtomicReference<>();

    @BeforeEach
    void bureauWithData() {
        a = new BureauFixture(port);
        a.unitWithMembers(UNIT, 2).unit("spare", "备用单位").person("spare-P", "spare", true);
        zoneId = a.zone(UNIT, "责任区", UNIT + "-H", UNIT + "-M1");
        newLeaver();
        newCandidate();
        newActivist();
        newFreeUnit();
        newDoomedZone();
        newSubmittedReport();
        newAcknowledgedReport();
        sweep = new HostileSweep(port, mongo.getDb());
    }

    @Override
    public List<Target> targets() {
        String admin = token("ADM", "ADMIN");
        String office = token("OFF", "OFFICE");
        return List.of(
            Target.of("PUT /api/zone/bureau", a.bureau, admin, "/api/zone/bureau",
                () -> Map.of("name", "森林公安局", "reason", "机构设立")),
            Target.of("POST /api/zone/units", a.bureau, admin, "/api/zone/units",
                () -> Map.of("code", "u" + serial.incrementAndGet(), "name", "单位", "kind", "SECTION")),
            Target.of("PUT /api/zone/units/{code}", a.bureau, admin, "/api/zone/units/spare",
                () -> Map.of("name", "备用单位", "kind", "SECTION")),
            Target.of("POST /api/zone/people", a.bureau, admin, "/api/zone/people",
                () -> Map.of("personNo", "P" + serial.incrementAndGet(), "name", "新人", "unitCode", "spare",
                    "partyMember", true, "position", "民警", "phone", "13800000000")),
            Target.of("PUT /api/zone/people/{personNo}", a.bureau, admin, "/api/zone/people/spare-P",
                () -> Map.of("name", "备用", "unitCode", "spare", "partyMember", true, "position", "民警",
                    "phone", "13800000000")),
            // A workbook, not JSON: its hostile forms are platform/spreadsheet's XlsxImportTest and RosterSheetApiTest's.
            Target.of("POST /api/zone/people/import", a.bureau, admin, "/api/zone/people/import?mode=apply", null),
            target("POST /api/zone/people/{personNo}/leave", admin,
                () -> "/api/zone/people/" + leaver.get() + "/leave", () -> Map.of("reason", "调离"))
                .renewedBy(this::newLeaver),
            target("PUT /api/zone/people/{personNo}/activist", admin,
                () -> "/api/zone/people/" + candidate.get() + "/activist",
                () -> Map.of("mentorPersonNo", UNIT + "-M2", "since", LocalDate.now().minusDays(30).toString()))
                .renewedBy(this::newCandidate),
            target("POST /api/zone/people/{personNo}/activist/withdraw", admin,
                () -> "/api/zone/people/" + activist.get() + "/activist/withdraw", () -> Map.of("reason", "不再培养"))
                .renewedBy(this::newActivist),
            target("POST /api/zone/zones", admin, () -> "/api/zone/zones",
                () -> BureauFixture.zoneBody(freeUnit.get(), "新区" + freeUnit.get(), freeUnit.get() + "-H"))
                .renewedBy(this::newFreeUnit),
            Target.of("PUT /api/zone/zones/{zoneId}", a.bureau, admin, "/api/zone/zones/" + zoneId,
                () -> BureauFixture.zoneBody(UNIT, "责任区", UNIT + "-H", UNIT + "-M1")),
            target("POST /api/zone/zones/{zoneId}/dissolve", admin,
                () -> "/api/zone/zones/" + doomedZone.get() + "/dissolve", () -> Map.of("reason", "调整"))
                .renewedBy(this::newDoomedZone),
            Target.of("POST /api/zone/work-logs", a.bureau, token(UNIT + "-M1", "MEMBER"), "/api/zone/work-logs",
                () -> Map.of("zoneId", zoneId, "date", LocalDate.now().minusDays(1).toString(), "duty", "VISIT_MASSES",
                    "content", "走访")),
            Target.of("POST /api/zone/reports", a.bureau, token(UNIT + "-H", "UNIT_HEAD"), "/api/zone/reports",
                () -> Map.of("zoneId", zoneId, "kind", "TYPICAL_CASE", "title", "案例", "body", "正文")),
            target("POST /api/zone/reports/{id}/acknowledge", office,
                () -> "/api/zone/reports/" + submitted.get() + "/acknowledge", () -> Map.of("note", "已阅"))
                .renewedBy(this::newSubmittedReport),
            target("POST /api/zone/reports/{id}/publish", office,
                () -> "/api/zone/reports/" + acknowledged.get() + "/publish", () -> Map.of("publicTitle", "标题", "publicSummary", "摘要"))
                .renewedBy(this::newAcknowledgedReport),
            Target.of("POST /api/zone/assessments", a.bureau, token("LDR", "LEADER"), "/api/zone/assessments",
                () -> Map.of("zoneId", zoneId, "quarter", earlierQuarter(quartersBack.incrementAndGet()),
                    "coreWorkScore", 90, "problemSolvingScore", 80, "serviceCapacityScore", 85, "comments", "好")));
    }

    @Override
    public HostileSweep sweep() {
        return sweep;
    }

    @Override
    public RequestMappingHandlerMapping mappings() {
        return mappings;
    }

    private Target target(String endpoint, String token, Supplier<String> path, Supplier<Object> body) {
        return new Target(endpoint, true, () -> new HostileSweep.Call(a.bureau, token, path.get(), body.get()), null);
    }

    private String token(String member, String... roles) {
        return TestTokens.token(a.bureau, member, roles);
    }

    private void newLeaver() {
        String personNo = "N" + serial.incrementAndGet();
        a.person(personNo, UNIT, false);
        leaver.set(personNo);
    }

    private void newCandidate() {
        String personNo = "C" + serial.incrementAndGet();
        a.person(personNo, UNIT, false);
        candidate.set(personNo);
    }

    private void newFreeUnit() {
        String unit = "f" + serial.incrementAndGet();
        a.unitWithMembers(unit, 0);
        freeUnit.set(unit);
    }

    private void newActivist() {
        String personNo = "A" + serial.incrementAndGet();
        a.person(personNo, UNIT, false);
        expect(200, a.admin().put("/api/zone/people/" + personNo + "/activist",
            Map.of("mentorPersonNo", UNIT + "-M2", "since", "2026-01-01")));
        activist.set(personNo);
    }

    private void newDoomedZone() {
        String unit = "d" + serial.incrementAndGet();
        a.unitWithMembers(unit, 0);
        doomedZone.set(a.zone(unit, "待撤区" + unit, unit + "-H"));
    }

    private String newReport() {
        return expect(201, a.as(UNIT + "-H", "UNIT_HEAD").post("/api/zone/reports", Map.of("zoneId", zoneId,
            "kind", "TYPICAL_CASE", "title", "案例", "body", "正文"))).json().path("id").asString();
    }

    private void newSubmittedReport() {
        submitted.set(newReport());
    }

    private void newAcknowledgedReport() {
        String id = newReport();
        expect(200, a.office().post("/api/zone/reports/" + id + "/acknowledge", Map.of()));
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
