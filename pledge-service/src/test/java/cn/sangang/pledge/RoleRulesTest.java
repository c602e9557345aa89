package cn.sangang.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.sangang.platform.security.Role;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EndpointFixture;
import cn.sangang.testkit.RoleRulesContract;
import cn.sangang.testkit.RoleSweep;
import cn.sangang.testkit.RoleSweep.Rule;

/**
 * Each role rule of the pledge API as its catalogue ({@link PledgeEndpoints}) states it, and the narrower rules of
 * one kind of pledge: every bureau role outside it gets 403 and changes nothing; each fixture call by its rightful
 * caller gets through.
 */
@PledgeServiceTest
class RoleRulesTest extends RoleRulesContract {

    Endpoints all;
    PledgeFixture f;

    RoleRulesTest() {
        super(PledgeEndpoints.CATALOGUE);
    }

    @Override
    protected EndpointFixture bureau() {
        all = new Endpoints(port);
        f = all.a;
        EndpointFixture endpoints = all.fixture();
        // M1 files a pledge of a later campaign in the sweep: it filed this year's already (published).
        PledgeFixture.expect(201, f.leader().post("/api/pledge/campaigns", Map.of("year", f.year + 2)));
        return endpoints;
    }

    /** Rules of one kind of pledge, narrower than the catalogue's roles of its endpoint. */
    List<Rule> byKind() {
        List<Map<String, Object>> items = List.of(PledgeFixture.item("巡山", "M1", PledgeFixture.inDays(9)));
        return List.of(
                new Rule("POST", "/api/pledge/pledges",
                        Map.of("kind", "MEMBER", "campaignYear", f.year + 2, "items", items), EnumSet.of(Role.MEMBER)),
                new Rule("POST", "/api/pledge/pledges",
                        Map.of("kind", "ORGANISATION", "campaignYear", f.year, "organisationName", "支部", "items",
                                items),
                        EnumSet.of(Role.SECRETARY)),
                new Rule("PUT", "/api/pledge/pledges/" + all.returned() + "/items", Map.of("items", items),
                        EnumSet.of(Role.MEMBER)));
    }

    @Override
    protected Api holding(String role) {
        return f.as("M1", role);
    }

    @Test
    void every_bureau_role_outside_a_rule_of_one_kind_of_pledge_is_refused_and_changes_nothing() {
        String before = snapshot();
        RoleSweep.assertOutsidersRefused(EnumSet.complementOf(EnumSet.of(Role.COUNTY)), role -> holding(role.name()),
                byKind());

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void each_rule_lets_its_own_roles_through() {
        for (EndpointFixture.Entry entry : endpoints().entries()) {
            assertThat(endpoints().sendRightfully(port, entry).status()).as(entry.caller() + " " + entry.endpoint())
                    .isBetween(200, 299);
        }
    }

    @Override
    protected String snapshot() {
        var steward = f.as("ALL", "LEADER", "SECRETARY", "OFFICE");
        return PledgeFixture.expect(200, steward.get("/api/pledge/pledges?year=" + f.year)).body()
                + PledgeFixture.expect(200, steward.get("/api/pledge/campaigns")).body();
    }
}
