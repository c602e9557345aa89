package cn.sangang.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import cn.sangang.evaluation.EvaluationServiceTest;
import cn.sangang.evaluation.Respondent;
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
    void answers_a_crash_left_uncounted_or_half_counted_are_counted_exactly_once_by_the_repair() {
        String bureau = TestBureaus.fresh();
        Api office = Api.at(port).as(TestTokens.token(bureau, "O1", "OFFICE"));
        String code = office
                .post("/api/evaluation/surveys",
                        Map.of("targetType", "LEADERSHIP", "title", "班子测评", "quarter", SurveyTest.thisQuarter()))
                .json().path("code").asString();
        Respondent phone = Respondent.at(port);
        phone.answer(code, phone.ticketOf(code), "SATISFIED", null);
        String neverCounted = AnswerDocument.id(code, "d:crashed-before-counting");
        mongo.insert(new AnswerDocument(neverCounted, bureau, code, Rating.DISSATISFIED, null,
                Instant.now().minusSeconds(60), AnswerDocument.TallyState.COUNTING, null));
        String addedNotMarked = AnswerDocument.id(code, "d:crashed-after-adding");
        mongo.insert(new AnswerDocument(addedNotMarked, bureau, code, Rating.DISSATISFIED, null,
                Instant.now().minusSeconds(60), AnswerDocument.TallyState.COUNTING, null));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(code)),
                new Update().inc("DISSATISFIED", 1).push("pending", addedNotMarked), "survey_tallies");

        repair.repair();
        repair.repair();

        var survey = office.get("/api/evaluation/surveys/" + code + "/results").json().path("satisfaction");
        assertThat(survey.path("satisfied").asInt()).isEqualTo(1);
        assertThat(survey.path("dissatisfied").asInt()).as("each crashed answer once").isEqualTo(2);
        assertThat(mongo.findById(neverCounted, AnswerDocument.class).tally())
                .isEqualTo(AnswerDocument.TallyState.COUNTED);
        assertThat(mongo.findById(addedNotMarked, AnswerDocument.class).tally())
                .isEqualTo(AnswerDocument.TallyState.COUNTED);
    }
}
