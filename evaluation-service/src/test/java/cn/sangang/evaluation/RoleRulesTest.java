package cn.sangang.evaluation;

import java.util.List;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.EndpointFixture;
import cn.sangang.testkit.EndpointSweep;
import cn.sangang.testkit.RoleRulesContract;
import cn.sangang.testkit.TestTokens;

/**
 * Each role rule of the evaluation API as its catalogue ({@link EvaluationEndpoints}) states it: every bureau role
 * outside an endpoint's roles gets 403 and changes nothing, and a caller holding one of them reads.
 */
@EvaluationServiceTest
class RoleRulesTest extends RoleRulesContract {

    Endpoints all;

    RoleRulesTest() {
        super(EvaluationEndpoints.CATALOGUE);
    }

    @Override
    protected EndpointFixture bureau() {
        all = new Endpoints(port);
        return all.fixture();
    }

    @Override
    protected Api holding(String role) {
        return Api.at(port).as(TestTokens.token(all.bureau(), "OUTSIDER", role));
    }

    @Override
    protected String snapshot() {
        return EndpointSweep.snapshot(all.office(),
                List.of("/api/evaluation/rewards", "/api/evaluation/reward-settings", "/api/evaluation/survey-settings",
                        "/api/evaluation/surveys", "/api/evaluation/surveys/" + all.survey + "/results",
                        "/api/evaluation/audit?limit=1000", "/api/evaluation/notifications"));
    }
}
