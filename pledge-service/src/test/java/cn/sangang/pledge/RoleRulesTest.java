package cn.sangang.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.platform.security.Role;
import cn.sangang.testkit.RoleSweep;
import cn.sangang.testkit.RoleSweep.Rule;

/** Each role rule of the pledge API: every bureau role outside it gets 403 and changes nothing. */
@PledgeServiceTest
class RoleRulesTest {

    @LocalServerPort
    int port;

    PledgeFixture f;
    String submitted;
    String returned;
    String approved;
    String published;
    String evaluated;

    @BeforeEach
    void bureau() {
        f = new PledgeFixture(port);
        // M1 files its pledge of next year's campaign in the sweep: it filed this year's already (returned).
        PledgeFixture.expect(201, f.leader().post("/api/pledge/campaigns", Map.of("year", f.year + 1)));
        submitted = f.propose("M3");
        returned = f.propose("M1");
        PledgeFixture.expect(200, f.leader().post("/api/pledge/pledges/" + returned + "/review",
            PledgeFixture.review("RETURN", 2, 1, "量化")));
        approved = f.propose("M4");
        PledgeFixture.expect(200, f.approve(approved, 2));
        published = f.published("M5");
        evaluated = f.published("M6");
        PledgeFixture.expect(200, f.leader().post("/api/pledge/pledges/" + evaluated + "/evaluation", Map.of("items",
            List.of(PledgeFixture.fulfilled(1), PledgeFixture.notFulfilled(2, PledgeFixture.inDays(20))))));
    }

    List<Rule> rules() {
        String base = "/api/pledge/pledges/";
        List<Map<String, Object>> items = List.of(PledgeFixture.item("巡山", "M1", PledgeFixture.inDays(9)));
        return List.of(
            new Rule("POST", "/api/pledge/campaigns", Map.of("year", f.year + 2), EnumSet.of(Role.LEADER, Role.SECRETARY)),
            new Rule("PUT", "/api/pledge/campaigns/" + f.year, Map.of("title", "t",
                "publicityDeadline", LocalDate.of(f.year, 6, 1).toString()), EnumSet.of(Role.LEADER, Role.SECRETARY)),
            new Rule("POST", "/api/pledge/pledges", Map.of("kind", "MEMBER", "campaignYear", f.year + 1, "items", items),
                EnumSet.of(Role.MEMBER)),
            new Rule("POST", "/api/pledge/pledges", Map.of("kind", "ORGANISATION", "campaignYear", f.year,
                "organisationName", "支部", "items", items), EnumSet.of(Role.SECRETARY)),
            new Rule("PUT", base + returned + "/items", Map.of("items", items), EnumSet.of(Role.MEMBER)),
            new Rule("POST", base + submitted + "/review", PledgeFixture.review("APPROVE", 2, 0, null), EnumSet.of(Role.LEADER)),
            new Rule("POST", base + approved + "/publication", Map.of(), EnumSet.of(Role.SECRETARY, Role.LEADER)),
            new Rule("POST", base + published + "/items/1/progress", Map.of("note", "x"), EnumSet.of(Role.MEMBER)),
            new Rule("POST", base + published + "/items/1/inspections", Map.of("inspectedOn",
                PledgeFixture.inDays(0).toString(), "findings", "x"), EnumSet.of(Role.SECRETARY, Role.LEADER)),
            new Rule("POST", base + published + "/evaluation", Map.of("items", List.of(PledgeFixture.fulfilled(1),
                PledgeFixture.fulfilled(2))), EnumSet.of(Role.LEADER)),
            new Rule("POST", base + evaluated + "/items/2/rectification/closed", Map.of("note", "x"),
                EnumSet.of(Role.LEADER, Role.SECRETARY)),
            new Rule("GET", "/api/pledge/campaigns/" + f.year + "/not-pledged", null,
                EnumSet.of(Role.SECRETARY, Role.LEADER)),
            new Rule("GET", "/api/pledge/ledger?year=" + f.year, null,
                EnumSet.of(Role.SECRETARY, Role.LEADER, Role.OFFICE, Role.UNIT_HEAD)),
            new Rule("GET", "/api/pledge/ledger.xlsx?year=" + f.year, null,
                EnumSet.of(Role.SECRETARY, Role.LEADER, Role.OFFICE, Role.UNIT_HEAD)),
            new Rule("GET", "/api/pledge/audit", null, EnumSet.of(Role.LEADER, Role.OFFICE)));
    }

    @Test
    void every_bureau_role_outside_an_endpoints_rule_is_refused_and_changes_nothing() {
        String before = snapshot();
        RoleSweep.assertOutsidersRefused(EnumSet.complementOf(EnumSet.of(Role.COUNTY)),
            role -> f.as("M1", role.name()), rules());

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void each_rule_lets_its_own_roles_through() {
        for (Rule rule : rules()) {
            String role = rule.allowed().iterator().next().toString();
            assertThat(f.as("M1", role).send(rule.method(), rule.path(), rule.body()).status())
                .as(role + " " + rule.method() + " " + rule.path()).isBetween(200, 299);
        }
    }

    private String snapshot() {
        var steward = f.as("ALL", "LEADER", "SECRETARY", "OFFICE");
        return PledgeFixture.expect(200, steward.get("/api/pledge/pledges?year=" + f.year)).body()
            + PledgeFixture.expect(200, steward.get("/api/pledge/campaigns")).body();
    }
}
