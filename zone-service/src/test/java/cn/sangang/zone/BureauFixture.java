package cn.sangang.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/** A bureau of its own for one test, built through the API the way its administrator would. */
public final class BureauFixture {

    public final String bureau = TestBureaus.fresh();
    private final Api api;

    public BureauFixture(int port) {
        this.api = Api.at(port);
    }

    public Api as(String memberId, String... roles) {
        return api.as(TestTokens.token(bureau, memberId, roles));
    }

    public Api admin() {
        return as("ADM", "ADMIN");
    }

    public Api leader() {
        return as("LDR", "LEADER", "MEMBER");
    }

    public Api office() {
        return as("OFF", "OFFICE", "MEMBER");
    }

    public BureauFixture unit(String code, String name) {
        expect(201, admin().post("/api/zone/units", Map.of("code", code, "name", name, "kind", "SECTION")));
        return this;
    }

    public BureauFixture person(String personNo, String unitCode, boolean partyMember) {
        expect(201, admin().post("/api/zone/people", Map.of("personNo", personNo, "name", "姓名" + personNo, "unitCode",
                unitCode, "partyMember", partyMember, "position", "民警", "phone", "13800000000")));
        return this;
    }

    public BureauFixture head(String unitCode, String name, String personNo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", "SECTION");
        body.put("headPersonNo", personNo);
        expect(200, admin().put("/api/zone/units/" + unitCode, body));
        return this;
    }

    /** A unit with a head H and party members M1..Mn, in that unit. */
    public BureauFixture unitWithMembers(String code, int members) {
        unit(code, "单位" + code);
        person(code + "-H", code, true);
        for (int i = 1; i <= members; i++) {
            person(code + "-M" + i, code, true);
        }
        return head(code, "单位" + code, code + "-H");
    }

    /** 林政股党员责任区 of the unit linzheng, headed by linzheng-H, with linzheng-M1 in it; returns its id. */
    public String linzhengZone() {
        return zone("linzheng", "林政股党员责任区", "linzheng-H", "linzheng-M1");
    }

    /** A report of {@code kind} on the zone, written by linzheng's head to the office; returns its id. */
    public String submitReport(String zoneId, String kind, String title) {
        return expect(201,
                as("linzheng-H", "UNIT_HEAD", "MEMBER").post("/api/zone/reports",
                        Map.of("zoneId", zoneId, "kind", kind, "title", title, "body", "本季度调解山林权属纠纷3起……")))
                .json().path("id").asString();
    }

    public String zone(String unitCode, String name, String... personNos) {
        return expect(201, admin().post("/api/zone/zones", zoneBody(unitCode, name, personNos))).json().path("zoneId")
                .asString();
    }

    public static Map<String, Object> zoneBody(String unitCode, String name, String... personNos) {
        return Map.of("unitCode", unitCode, "name", name, "headPersonNo", unitCode + "-H", "mainTasks",
                List.of("走访基层群众，收集意见建议", "联系培养入党积极分子"), "members", Arrays.stream(personNos)
                        .map(p -> Map.of("personNo", p, "responsibility", "负责" + p + "片区巡护和群众接待")).toList());
    }

    public static Api.Response expect(int status, Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
