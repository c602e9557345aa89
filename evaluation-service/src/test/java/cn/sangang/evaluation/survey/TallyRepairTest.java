package cn.sangang.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;

import cn.sangang.evaluation.EvaluationServiceTest;
import cn.sangang.evaluation.survey.domain.Rating;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

@EvaluationServiceTest
class TallyRepairTest {

    @LocalServerPort
    int port;
    @Autowired
    MongoOperations mongo;
    @Autowired
    TallyRepair repair;

    @Test
    void an_answer_stored_but_never_counted_is_counted_once_by_the_repair() {
        String bureau = TestBureaus.fresh();
        Api office = Api.at(port).as(TestTokens.token(bureau, "O1", "OFFICE"));
        String code = office.post("/api/evaluation/surveys", Map.of("targetType", "LEADERSHIP", "title", "班子测评",
            "quarter", SurveyTest.thisQuarter())).json().path("code").asString();
        String ticket = Api.at(port).post("/public/evaluation/surveys/" + code + "/tickets",
            Map.of("deviceId", "counted-device-0001")).json().path("ticket").asString();
        Api.at(port).post("/public/evaluation/surveys/" + code + "/answers", Map.of("ticket", ticket, "rating", "SATISFIED"));
        mongo.insert(new AnswerDocument(AnswerDocument.id(code, "d:crashed"), bureau, code, Rating.DISSATISFIED, null,
            Instant.now().minusSeconds(60), false));

        repair.repair();
        repair.repair();

        var survey = office.get("/api/evaluation/surveys/" + code + "/results").json().path("satisfaction");
        assertThat(survey.path("satisfied").asInt()).isEqualTo(1);
        assertThat(survey.path("dissatisfied").asInt()).isEqualTo(1);
    }
}
