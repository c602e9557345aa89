package cn.sangang.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.EndpointFixture;
import cn.sangang.testkit.EndpointSweep;
import cn.sangang.testkit.RoleSweep;
import cn.sangang.testkit.TestTokens;

/**
 * Each role rule of the evaluation API as its catalogue ({@link EvaluationEndpoints}) states it: every bureau role
 * outside an endpoint's roles gets 403 and changes nothing, and a caller holding one of them reads.
 */
@EvaluationServiceTest
class RoleRulesTest {

    @LocalServerPort
    int port;

    Endpoints all;
    EndpointFixture endpoints;

    @BeforeEach
    void bureau() {
        all = new Endpoints(port);
        endpoints = all.fixture();
    }

    @Test
    void every_bureau_role_outside_an_endpoints_rule_is_refused_and_changes_nothing() {
        String before = snapshot();
        RoleSweep.assertOutsidersRefused(EvaluationEndpoints.CATALOGUE, endpoints, RoleSweep.BUREAU_ROLES,
                role -> Api.at(port).as(TestTokens.token(all.bureau(), "OUTSIDER", role)));

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void an_allowed_role_reads_every_read() {
        RoleSweep.assertRightfulReadsAnswer(endpoints, port);
    }

    private String snapshot() {
        return EndpointSweep.snapshot(all.office(),
                List.of("/api/evaluation/rewards", "/api/evaluation/reward-settings", "/api/evaluation/survey-settings",
                        "/api/evaluation/surveys", "/api/evaluation/surveys/" + all.survey + "/results",
                        "/api/evaluation/audit?limit=1000", "/api/evaluation/notifications"));
    }
}
