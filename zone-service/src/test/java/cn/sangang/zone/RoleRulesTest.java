package cn.sangang.zone;

import static cn.sangang.zone.BureauFixture.expect;

import java.util.List;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.EndpointFixture;
import cn.sangang.testkit.RoleRulesContract;
import cn.sangang.testkit.ServiceIntegrationTest;

/**
 * Each role rule of the zone API as its catalogue ({@link ZoneEndpoints}) states it: every bureau role outside an
 * endpoint's roles gets 403 and changes nothing, and a caller holding one of them gets through. (Rules that depend
 * on who the caller is — zone member, zone head, oneself — are in the feature tests.)
 */
@ServiceIntegrationTest
class RoleRulesTest extends RoleRulesContract {

    BureauFixture b;

    RoleRulesTest() {
        super(ZoneEndpoints.CATALOGUE);
    }

    @Override
    protected EndpointFixture bureau() {
        b = new BureauFixture(port);
        return new Endpoints(b, "linzheng").fixture();
    }

    /** A caller who is no one in particular: not in the zone, not its head, not the person addressed. */
    @Override
    protected Api holding(String role) {
        return b.as("OUTSIDER", role);
    }

    @Override
    protected String snapshot() {
        var steward = b.as("ALL", "ADMIN", "LEADER", "OFFICE");
        StringBuilder all = new StringBuilder();
        for (String read : List.of("/api/zone/units", "/api/zone/people", "/api/zone/zones", "/api/zone/reports",
                "/api/zone/assessments", "/api/zone/activists")) {
            all.append(expect(200, steward.get(read)).body());
        }
        return all.toString();
    }
}
