package cn.sangang.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import cn.sangang.evaluation.EvaluationServiceTest;
import cn.sangang.evaluation.Respondent;
import cn.sangang.events.Quarter;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

@EvaluationServiceTest
class SurveyTest {

    @LocalServerPort
    int port;

    String bureau;
    String code;

    @BeforeEach
    void survey() {
        bureau = TestBureaus.fresh();
        var created = office().post("/api/evaluation/surveys", Map.of("targetType", "POST", "targetId",
                "6a1f3e2c9d2b4a5e8f7c1d21", "title", "林政执法党员示范岗满意度测评", "quarter", thisQuarter()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        code = created.json().path("code").asString();
    }

    @AfterEach
    void clock() {
        EvaluationServiceTest.CLOCK.reset();
    }

    static String thisQuarter() {
        return Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString();
    }

    Api office() {
        return Api.at(port).as(TestTokens.token(bureau, "O1", "OFFICE"));
    }

    Api.Response ticket(String deviceId) {
        return Respondent.at(port).ticket(code, deviceId);
    }

    Api.Response answer(String ticket, String rating) {
        return Api.at(port).post("/public/evaluation/surveys/" + code + "/answers",
                Map.of("ticket", ticket, "rating", rating, "opinion", "服务热情"));
    }

    JsonNode results() {
        return office().get("/api/evaluation/surveys/" + code + "/results").json();
    }

    @Test
    void the_public_answers_without_an_account_and_the_rate_is_up_to_date_at_once() {
        var question = Api.at(port).get("/public/evaluation/surveys/" + code).json();
        assertThat(question.path("options")).extracting(o -> o.path("label").asString()).containsExactly("满意", "基本满意",
                "不满意");
        assertThat(results().path("survey").path("satisfactionRatePercent").isNull()).as("no data yet").isTrue();

        List<String> ratings = List.of("SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED");
        for (int i = 0; i < ratings.size(); i++) {
            String ticket = ticket("device-000000000" + i).json().path("ticket").asString();
            assertThat(answer(ticket, ratings.get(i)).status()).isEqualTo(201);
        }

        var results = results();
        assertThat(results.path("satisfaction").path("satisfied").asInt()).isEqualTo(2);
        assertThat(results.path("survey").path("answers").asInt()).isEqualTo(4);
        assertThat(results.path("survey").path("satisfactionRatePercent").asDouble()).isEqualTo(75.0);
        assertThat(results.path("latestOpinions")).hasSize(4);
        assertThat(results.toString()).doesNotContain("device-");
    }

    @Test
    void the_results_show_the_hundred_newest_opinions_newest_first() {
        for (int i = 0; i < 102; i++) {
            // Each from a network of its own: more than one network's daily quota of tickets.
            Respondent phone = Respondent.at(port).from("192.0.2." + i);
            String ticket = phone.ticket(code, "opinion-device-" + String.format("%05d", i)).json().path("ticket")
                    .asString();
            assertThat(phone.answer(code, ticket, "SATISFIED", "第" + i + "条意见").status()).isEqualTo(201);
        }

        var opinions = results().path("latestOpinions");

        assertThat(opinions).hasSize(100);
        assertThat(opinions.get(0).path("opinion").asString()).isEqualTo("第101条意见");
        assertThat(opinions.get(99).path("opinion").asString()).isEqualTo("第2条意见");
        assertThat(opinions.get(0).path("rating").asString()).isEqualTo("SATISFIED");
    }

    @Test
    void one_respondent_counts_once_however_the_ballot_is_stuffed() {
        String ticket = ticket("stuffer-device-0001").json().path("ticket").asString();

        List<Integer> replays = IntStream.range(0, 20)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> answer(ticket, "SATISFIED").status())).toList()
                .stream().map(CompletableFuture::join).toList();
        String second = ticket("stuffer-device-0001").json().path("ticket").asString();
        int sameDeviceAgain = answer(second, "DISSATISFIED").status();
        int forgedStatus = answer(forAnotherDevice(ticket), "SATISFIED").status();
        int garbage = answer("not-a-ticket", "SATISFIED").status();
        int member = Api.at(port).as(TestTokens.token(bureau, "M1", "MEMBER"))
                .post("/api/evaluation/surveys/" + code + "/answers", Map.of("rating", "SATISFIED")).status();
        int memberAgain = Api.at(port).as(TestTokens.token(bureau, "M1", "MEMBER"))
                .post("/api/evaluation/surveys/" + code + "/answers", Map.of("rating", "SATISFIED")).status();

        assertThat(replays).containsOnlyOnce(201).filteredOn(s -> s != 201).containsOnly(409);
        assertThat(sameDeviceAgain).isEqualTo(409);
        assertThat(forgedStatus).isEqualTo(400);
        assertThat(garbage).isEqualTo(400);
        assertThat(member).isEqualTo(201);
        assertThat(memberAgain).isEqualTo(409);
        assertThat(results().path("survey").path("answers").asInt()).as("one device, one member").isEqualTo(2);
    }

    /** The ticket with its device hash swapped, its signature kept: what a stuffer would try next. */
    static String forAnotherDevice(String ticket) {
        String[] parts = ticket.split("\\.");
        String[] fields = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8).split("\\|");
        String payload = fields[0] + "|" + "0".repeat(64) + "|" + fields[2];
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[1];
    }

    @Test
    void a_ticket_works_only_for_its_survey_and_only_until_it_expires() {
        String ticket = ticket("travelling-device-01").json().path("ticket").asString();
        String other = office()
                .post("/api/evaluation/surveys",
                        Map.of("targetType", "LEADERSHIP", "title", "领导班子满意度测评", "quarter", thisQuarter()))
                .json().path("code").asString();

        var elsewhere = Api.at(port).post("/public/evaluation/surveys/" + other + "/answers",
                Map.of("ticket", ticket, "rating", "SATISFIED"));
        EvaluationServiceTest.CLOCK.advance(Duration.ofMinutes(31));
        var late = answer(ticket, "SATISFIED");

        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json().path("code").asString()).isEqualTo("survey.ticket-expired");
        assertThat(results().path("survey").path("answers").asInt()).isZero();
    }

    @Test
    void a_closed_survey_takes_no_answers_and_a_survey_is_one_per_target_and_quarter() {
        String ticket = ticket("late-comer-device-01").json().path("ticket").asString();
        var solved = Respondent.at(port).solvedRequest(code, "late-comer-device-02");
        assertThat(office().post("/api/evaluation/surveys/" + code + "/close", null).status()).isEqualTo(200);

        assertThat(answer(ticket, "SATISFIED").status()).isEqualTo(409);
        assertThat(Api.at(port).post("/public/evaluation/surveys/" + code + "/tickets", solved).status())
                .isEqualTo(409);
        assertThat(office().post("/api/evaluation/surveys", Map.of("targetType", "POST", "targetId",
                "6a1f3e2c9d2b4a5e8f7c1d21", "title", "again", "quarter", thisQuarter())).status()).isEqualTo(409);
        assertThat(office()
                .post("/api/evaluation/surveys",
                        Map.of("targetType", "POST", "targetId", "x", "title", "future", "quarter", "2099-Q1"))
                .status()).isEqualTo(422);
        assertThat(Api.at(port).as(TestTokens.token(bureau, "L1", "LEADER"))
                .post("/api/evaluation/surveys",
                        Map.of("targetType", "LEADERSHIP", "title", "x", "quarter", thisQuarter()))
                .status()).isEqualTo(403);
    }
}
