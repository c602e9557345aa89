package cn.sangang.zone;

import static cn.sangang.zone.BureauFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.events.Quarter;
import cn.sangang.platform.security.Role;
import cn.sangang.testkit.RoleSweep;
import cn.sangang.testkit.RoleSweep.Rule;
import cn.sangang.testkit.ServiceIntegrationTest;

/**
 * Each role rule of the zone API: every bureau role outside an endpoint's allowed roles gets 403 and changes
 * nothing. (Rules that depend on who the caller is — zone member, zone head, oneself — are in the feature tests.)
 */
@ServiceIntegrationTest
class RoleRulesTest {

    private static final Set<Role> ROSTER_READERS = EnumSet.of(Role.ADMIN, Role.LEADER, Role.SECRETARY, Role.OFFICE,
        Role.UNIT_HEAD);

    @LocalServerPort
    int port;

    BureauFixture b;
    String zoneId;
    String reportId;

    @BeforeEach
    void bureau() {
        b = new BureauFixture(port);
        b.unitWithMembers("linzheng", 2).person("linzheng-N", "linzheng", false);
        zoneId = b.zone("linzheng", "林政股党员责任区", "linzheng-H", "linzheng-M1");
        reportId = expect(201, b.as("linzheng-H", "UNIT_HEAD").post("/api/zone/reports", Map.of("zoneId", zoneId,
            "kind", "EXPERIENCE", "title", "经验", "body", "正文"))).json().path("id").asString();
    }

    List<Rule> rules() {
        String quarter = Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString();
        Map<String, Object> person = Map.of("name", "改", "unitCode", "linzheng", "partyMember", true);
        return List.of(
            new Rule("PUT", "/api/zone/bureau", Map.of("name", "改", "reason", "x"), EnumSet.of(Role.ADMIN)),
            new Rule("GET", "/api/zone/bureaus", null, EnumSet.of(Role.COUNTY)),
            new Rule("GET", "/api/zone/membership/party-members", null, ROSTER_READERS),
            new Rule("GET", "/api/zone/units", null, ROSTER_READERS),
            new Rule("POST", "/api/zone/units", Map.of("code", "newunit", "name", "新", "kind", "SECTION"), EnumSet.of(Role.ADMIN)),
            new Rule("PUT", "/api/zone/units/linzheng", Map.of("name", "改", "kind", "SECTION"), EnumSet.of(Role.ADMIN)),
            new Rule("GET", "/api/zone/people", null, ROSTER_READERS),
            new Rule("GET", "/api/zone/people/linzheng-M2", null, ROSTER_READERS),
            new Rule("POST", "/api/zone/people", Map.of("personNo", "NEW1", "name", "新", "unitCode", "linzheng",
                "partyMember", true), EnumSet.of(Role.ADMIN)),
            new Rule("PUT", "/api/zone/people/linzheng-M2", person, EnumSet.of(Role.ADMIN)),
            new Rule("POST", "/api/zone/people/linzheng-M2/leave", Map.of("reason", "x"), EnumSet.of(Role.ADMIN)),
            new Rule("GET", "/api/zone/people.xlsx", null, ROSTER_READERS),
            new Rule("GET", "/api/zone/people/import-template.xlsx", null, EnumSet.of(Role.ADMIN)),
            new Rule("POST", "/api/zone/people/import?mode=apply", null, EnumSet.of(Role.ADMIN)),
            new Rule("GET", "/api/zone/activists", null, ROSTER_READERS),
            new Rule("PUT", "/api/zone/people/linzheng-N/activist", Map.of("mentorPersonNo", "linzheng-M2",
                "since", "2026-01-01"), EnumSet.of(Role.ADMIN)),
            new Rule("POST", "/api/zone/zones", BureauFixture.zoneBody("linzheng", "新区", "linzheng-H", "linzheng-H"),
                EnumSet.of(Role.ADMIN)),
            new Rule("PUT", "/api/zone/zones/" + zoneId, BureauFixture.zoneBody("linzheng", "改", "linzheng-H", "linzheng-H"),
                EnumSet.of(Role.ADMIN)),
            new Rule("POST", "/api/zone/zones/" + zoneId + "/dissolve", Map.of("reason", "x"), EnumSet.of(Role.ADMIN)),
            new Rule("GET", "/api/zone/coverage", null, EnumSet.of(Role.ADMIN, Role.LEADER, Role.SECRETARY, Role.OFFICE)),
            new Rule("GET", "/api/zone/coverage.xlsx", null, EnumSet.of(Role.ADMIN, Role.LEADER, Role.SECRETARY, Role.OFFICE)),
            new Rule("GET", "/api/zone/zones.xlsx", null, EnumSet.of(Role.ADMIN, Role.LEADER, Role.OFFICE)),
            new Rule("GET", "/api/zone/work-logs?zoneId=" + zoneId, null, EnumSet.of(Role.LEADER, Role.SECRETARY, Role.OFFICE)),
            new Rule("POST", "/api/zone/reports", Map.of("zoneId", zoneId, "kind", "PROGRESS", "title", "t", "body", "b"),
                EnumSet.of(Role.UNIT_HEAD)),
            new Rule("GET", "/api/zone/reports", null, EnumSet.of(Role.OFFICE, Role.LEADER, Role.UNIT_HEAD)),
            new Rule("POST", "/api/zone/reports/" + reportId + "/acknowledge", Map.of(), EnumSet.of(Role.OFFICE)),
            new Rule("POST", "/api/zone/reports/" + reportId + "/publish", Map.of("publicTitle", "t", "publicSummary", "s"), EnumSet.of(Role.OFFICE)),
            new Rule("POST", "/api/zone/assessments", Map.of("zoneId", zoneId, "quarter", quarter, "coreWorkScore", 80,
                "problemSolvingScore", 80, "serviceCapacityScore", 80), EnumSet.of(Role.LEADER)),
            new Rule("GET", "/api/zone/assessments", null, EnumSet.of(Role.LEADER, Role.SECRETARY, Role.OFFICE, Role.UNIT_HEAD)),
            new Rule("GET", "/api/zone/assessments.xlsx", null, EnumSet.of(Role.LEADER, Role.SECRETARY, Role.OFFICE, Role.UNIT_HEAD)),
            new Rule("GET", "/api/zone/audit", null, EnumSet.of(Role.LEADER, Role.OFFICE)));
    }

    @Test
    void every_bureau_role_outside_an_endpoints_rule_is_refused_and_changes_nothing() {
        String before = snapshot();
        // A caller who is no one in particular: not in the zone, not its head, not the person addressed.
        RoleSweep.assertOutsidersRefused(EnumSet.complementOf(EnumSet.of(Role.COUNTY)),
            role -> b.as("OUTSIDER", role.name()), rules());

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void an_allowed_role_gets_through_every_rule() {
        for (Rule rule : rules().stream().filter(r -> r.method().equals("GET")).toList()) {
            String role = rule.allowed().iterator().next().toString();
            assertThat(b.as("linzheng-H", role).get(rule.path()).status()).as(role + " " + rule.path())
                .isEqualTo(200);
        }
    }

    private String snapshot() {
        var steward = b.as("ALL", "ADMIN", "LEADER", "OFFICE");
        StringBuilder all = new StringBuilder();
        for (String read : List.of("/api/zone/units", "/api/zone/people", "/api/zone/zones", "/api/zone/reports",
            "/api/zone/assessments", "/api/zone/activists")) {
            all.append(expect(200, steward.get(read)).body());
        }
        return all.toString();
    }
}
