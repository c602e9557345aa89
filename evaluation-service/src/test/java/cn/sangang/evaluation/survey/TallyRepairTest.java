package cn.sangang.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

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
    Tally tally;

    @Autowired
    TallyRepair repair;

    final String bureau = TestBureaus.fresh();

    @Test
    void an_answer_a_crash_left_stored_but_uncounted_is_counted_exactly_once_by_the_repair() {
        String code = survey();
        Respondent phone = Respondent.at(port);
        phone.answer(code, phone.ticketOf(code), "SATISFIED", null);
        Tally.Entry stored = new Tally.Entry(AnswerDocument.id(code, "d:crashed-after-storing"),
                Instant.now().minusSeconds(60));
        assertThat(tally.reserve(code, bureau, stored)).isTrue();
        mongo.insert(new AnswerDocument(stored.answerId(), bureau, code, Rating.DISSATISFIED, "窗口排队太久", stored.at(),
                AnswerDocument.TallyState.COUNTED, null));

        repair.repair();
        repair.repair();

        JsonNode results = results(code);
        assertThat(results.path("satisfaction").path("satisfied").asInt()).isEqualTo(1);
        assertThat(results.path("satisfaction").path("dissatisfied").asInt()).as("counted once").isEqualTo(1);
        assertThat(results.path("latestOpinions").toString()).contains("窗口排队太久");
        assertThat(pendingOf(code)).isEmpty();
    }

    @Test
    void an_answer_never_stored_is_let_go_only_after_any_request_storing_it_would_have_given_up() {
        String code = survey();
        Tally.Entry lately = new Tally.Entry(AnswerDocument.id(code, "d:still-storing"),
                Instant.now().minusSeconds(60));
        Tally.Entry longAgo = new Tally.Entry(AnswerDocument.id(code, "d:never-stored"),
                Instant.now().minus(TallyRepair.ABANDONED_AFTER).minusSeconds(60));
        tally.reserve(code, bureau, lately);
        tally.reserve(code, bureau, longAgo);

        repair.repair();

        assertThat(pendingOf(code)).extracting(p -> ((Document) p).getString("id")).containsExactly(lately.answerId());
        JsonNode counted = results(code).path("satisfaction");
        assertThat(counted.path("satisfied").asInt() + counted.path("basicallySatisfied").asInt()
                + counted.path("dissatisfied").asInt()).as("nothing counted").isZero();
    }

    @Test
    void a_second_attempt_a_crash_left_behind_is_never_counted_for_the_respondents_earlier_answer() {
        String code = survey();
        Tally.Entry first = new Tally.Entry(AnswerDocument.id(code, "d:answered-then-tried-again"),
                Instant.now().minus(TallyRepair.ABANDONED_AFTER).minusSeconds(120));
        tally.reserve(code, bureau, first);
        AnswerDocument answer = new AnswerDocument(first.answerId(), bureau, code, Rating.SATISFIED, null, first.at(),
                AnswerDocument.TallyState.COUNTED, null);
        mongo.insert(answer);
        assertThat(tally.apply(answer, Instant.now())).isTrue();
        Tally.Entry again = new Tally.Entry(first.answerId(),
                Instant.now().minus(TallyRepair.ABANDONED_AFTER).minusSeconds(60));
        assertThat(tally.reserve(code, bureau, again)).isTrue();

        repair.repair();

        assertThat(results(code).path("satisfaction").path("satisfied").asInt()).as("the earlier answer, once")
                .isEqualTo(1);
        assertThat(pendingOf(code)).isEmpty();
    }

    @Test
    void the_same_respondent_cannot_reserve_twice_while_the_first_answer_is_on_its_way() {
        String code = survey();
        Tally.Entry first = new Tally.Entry(AnswerDocument.id(code, "d:double-tap"), Instant.now());

        assertThat(tally.reserve(code, bureau, first)).isTrue();
        assertThat(tally.reserve(code, bureau, new Tally.Entry(first.answerId(), Instant.now()))).isFalse();
    }

    @Test
    void answers_the_earlier_scheme_left_uncounted_are_counted_once_after_the_upgrade() {
        String code = survey();
        String neverCounted = AnswerDocument.id(code, "d:crashed-before-counting");
        mongo.insert(new AnswerDocument(neverCounted, bureau, code, Rating.DISSATISFIED, null,
                Instant.now().minusSeconds(60), AnswerDocument.TallyState.COUNTING, null));
        String addedNotMarked = AnswerDocument.id(code, "d:crashed-after-adding");
        mongo.insert(new AnswerDocument(addedNotMarked, bureau, code, Rating.DISSATISFIED, null,
                Instant.now().minusSeconds(60), AnswerDocument.TallyState.COUNTING, null));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(code)),
                new Update().inc("DISSATISFIED", 1).push("pending", addedNotMarked), "survey_tallies");
        mongo.remove(new Query(), "survey_tally_upgrades");

        repair.repair();
        repair.repair();

        assertThat(results(code).path("satisfaction").path("dissatisfied").asInt()).as("each once").isEqualTo(2);
        assertThat(mongo.findById(neverCounted, AnswerDocument.class).tally())
                .isEqualTo(AnswerDocument.TallyState.COUNTED);
        assertThat(mongo.findById(addedNotMarked, AnswerDocument.class).tally())
                .isEqualTo(AnswerDocument.TallyState.COUNTED);
    }

    private String survey() {
        return office()
                .post("/api/evaluation/surveys",
                        Map.of("targetType", "LEADERSHIP", "title", "班子测评", "quarter", SurveyTest.thisQuarter()))
                .json().path("code").asString();
    }

    private Api office() {
        return Api.at(port).as(TestTokens.token(bureau, "O1", "OFFICE"));
    }

    private JsonNode results(String code) {
        return office().get("/api/evaluation/surveys/" + code + "/results").json();
    }

    private List<Object> pendingOf(String code) {
        return mongo.findById(code, Document.class, "survey_tallies").getList("pending", Object.class);
    }
}
