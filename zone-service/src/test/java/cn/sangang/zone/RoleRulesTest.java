package cn.sangang.zone;

import static cn.sangang.zone.BureauFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.testkit.EndpointFixture;
import cn.sangang.testkit.RoleSweep;
import cn.sangang.testkit.ServiceIntegrationTest;

/**
 * Each role rule of the zone API as its catalogue ({@link ZoneEndpoints}) states it: every bureau role outside an
 * endpoint's roles gets 403 and changes nothing, and a caller holding one of them gets through. (Rules that depend
 * on who the caller is — zone member, zone head, oneself — are in the feature tests.)
 */
@ServiceIntegrationTest
class RoleRulesTest {

    @LocalServerPort
    int port;

    BureauFixture b;
    EndpointFixture endpoints;

    @BeforeEach
    void bureau() {
        b = new BureauFixture(port);
        endpoints = new Endpoints(b, "linzheng").fixture();
    }

    @Test
    void every_bureau_role_outside_an_endpoints_rule_is_refused_and_changes_nothing() {
        String before = snapshot();
        // A caller who is no one in particular: not in the zone, not its head, not the person addressed.
        RoleSweep.assertOutsidersRefused(ZoneEndpoints.CATALOGUE, endpoints, RoleSweep.BUREAU_ROLES,
                role -> b.as("OUTSIDER", role));

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void an_allowed_role_gets_through_every_rule() {
        RoleSweep.assertRightfulReadsAnswer(endpoints, port);
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
