package cn.sangang.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import cn.sangang.evaluation.EvaluationServiceTest;
import cn.sangang.evaluation.Respondent;
import cn.sangang.evaluation.survey.domain.ProofOfWork;
import cn.sangang.events.Quarter;
import cn.sangang.platform.security.Role;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.RoleSweep;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/**
 * Ballot stuffing by one machine: each network gets a quota of tickets per survey and day, kept in the store so
 * every replica counts the same; each ticket costs a solved, signed, single-use challenge; and answers keep a keyed
 * hash of their network, so the office sees where many answers came from at once without seeing any address.
 */
@EvaluationServiceTest
class BallotStuffingTest {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @LocalServerPort
    int port;

    @Value("${sangang.evaluation.ballots.per-prefix:50}")
    int quota;

    @Autowired
    MongoTemplate mongo;

    String bureau;
    String survey;

    @BeforeEach
    void survey() {
        bureau = TestBureaus.fresh();
        survey = newSurvey("责任区测评");
    }

    @AfterEach
    void clock() {
        EvaluationServiceTest.CLOCK.reset();
    }

    @Test
    void refuses_the_ticket_past_the_quota_of_one_address_while_its_neighbour_another_survey_and_the_next_day_get_one() {
        Respondent stuffer = respondent().from("203.0.113.7");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < quota; i++) {
            statuses.add(stuffer.ticket(survey).status());
        }

        var over = stuffer.ticket(survey);
        var neighbour = respondent().from("203.0.113.8").ticket(survey);
        var otherSurvey = stuffer.ticket(newSurvey("另一个责任区测评"));
        EvaluationServiceTest.CLOCK.advance(Duration.ofDays(1));
        var nextDay = stuffer.ticket(survey);

        assertThat(statuses).as("the quota of " + quota).containsOnly(201);
        assertThat(over.status()).as(over.toString()).isEqualTo(429);
        assertThat(over.isProblem()).isTrue();
        assertThat(over.json().path("code").asString()).isEqualTo("survey.network-quota-reached");
        assertThat(over.json().path("detail").asString()).contains("上限");
        assertThat(neighbour.status()).as("another IPv4 address: " + neighbour).isEqualTo(201);
        assertThat(otherSurvey.status()).as("another survey: " + otherSurvey).isEqualTo(201);
        assertThat(nextDay.status()).as("the next day: " + nextDay).isEqualTo(201);
    }

    @Test
    void requests_racing_from_one_address_get_exactly_the_quota_and_the_rest_are_refused() {
        Respondent stuffer = respondent().from("203.0.113.99");
        List<Map<String, Object>> solved = new ArrayList<>();
        for (int i = 0; i < quota + 10; i++) {
            solved.add(stuffer.solvedRequest(survey));
        }

        List<Integer> statuses;
        try (ExecutorService racers = Executors.newVirtualThreadPerTaskExecutor()) {
            statuses = solved.stream()
                    .map(request -> CompletableFuture.supplyAsync(() -> post(stuffer, request).status(), racers))
                    .toList().stream().map(CompletableFuture::join).toList();
        }

        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(quota);
        assertThat(statuses.stream().filter(s -> s != 201)).hasSize(10).containsOnly(429);
        assertThat(mongo.count(Query.query(Criteria.where("surveyCode").is(survey)), "used_challenges"))
                .as("a refused request's challenge is given back").isEqualTo(quota);
    }

    @Test
    void two_addresses_in_one_ipv6_64_share_one_quota() {
        Respondent one = respondent().from("2001:db8:1:2::1");
        Respondent other = respondent().from("2001:db8:1:2:ffff:ffff:ffff:fffe");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < quota; i++) {
            statuses.add((i % 2 == 0 ? one : other).ticket(survey).status());
        }

        var third = respondent().from("2001:db8:1:2::abcd").ticket(survey);
        var nextNetwork = respondent().from("2001:db8:1:3::1").ticket(survey);

        assertThat(statuses).containsOnly(201);
        assertThat(third.status()).as("a third address of the same /64: " + third).isEqualTo(429);
        assertThat(nextNetwork.status()).as("the next /64: " + nextNetwork).isEqualTo(201);
    }

    @Test
    void refuses_a_ticket_without_a_solved_challenge_of_its_survey_in_chinese() {
        Respondent phone = respondent();
        Map<String, Object> unsolved = phone.solvedRequest(survey);
        unsolved.put("nonce", unsolvingNonce((String) unsolved.get("challenge")));
        Map<String, Object> easier = phone.solvedRequest(survey);
        easier.put("challenge", withBits((String) easier.get("challenge"), 0));
        Map<String, Object> elsewhere = phone.solvedRequest(newSurvey("别处的测评"));
        Map<String, Object> late = phone.solvedRequest(survey);

        List<Api.Response> refused = new ArrayList<>();
        refused.add(post(phone, Map.of("deviceId", Respondent.newDevice())));
        refused.add(post(phone, unsolved));
        refused.add(post(phone, easier));
        refused.add(post(phone, elsewhere));
        EvaluationServiceTest.CLOCK.advance(Duration.ofMinutes(11));
        var expired = post(phone, late);
        refused.add(expired);

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.json().path("detail").asString()).as(response.toString()).containsPattern(CHINESE);
        });
        assertThat(refused.get(0).json().path("detail").asString()).isEqualTo("提交的内容有误：人机验证信息：必须填写；人机验证结果：必须填写");
        assertThat(expired.json().path("code").asString()).isEqualTo("survey.challenge-expired");
        assertThat(expired.json().path("detail").asString()).contains("过期");
        assertThat(mongo.count(Query.query(Criteria.where("surveyCode").is(survey)), "ballot_counts"))
                .as("no refused request counted against the quota").isZero();
    }

    @Test
    void a_challenge_buys_one_ticket() {
        Respondent phone = respondent();
        Map<String, Object> solved = phone.solvedRequest(survey);
        var first = post(phone, solved);
        Map<String, Object> again = new HashMap<>(solved);
        again.put("deviceId", Respondent.newDevice());

        var reused = post(phone, again);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(reused.status()).as(reused.toString()).isEqualTo(400);
        assertThat(reused.json().path("code").asString()).isEqualTo("survey.challenge-used");
        assertThat(reused.json().path("detail").asString()).contains("已使用");
    }

    @Test
    void answers_keep_a_keyed_hash_of_their_network_and_the_office_sees_a_burst_from_one_network() {
        startOfAnHour();
        Respondent office = respondent().from("198.51.100.23");
        List<String> ratings = List.of("SATISFIED", "SATISFIED", "SATISFIED", "DISSATISFIED");
        for (int i = 0; i < 12; i++) {
            assertThat(office.answer(survey, office.ticketOf(survey), ratings.get(i % 4), null).status())
                    .isEqualTo(201);
        }
        for (String address : List.of("198.51.100.24", "192.0.2.1", "2001:db8:9::1")) {
            Respondent one = respondent().from(address);
            assertThat(one.answer(survey, one.ticketOf(survey), "BASICALLY_SATISFIED", null).status()).isEqualTo(201);
        }

        List<Document> answers = mongo.find(Query.query(Criteria.where("surveyCode").is(survey)), Document.class,
                "answers");
        var bursts = staff(Role.OFFICE).get(bursts(survey));
        var asLeader = staff(Role.LEADER).get(bursts(survey));

        assertThat(answers).hasSize(15).allSatisfy(a -> assertThat(a.getString("source")).isNotBlank());
        assertThat(answers.stream().map(a -> a.getString("source")).distinct()).hasSize(4);
        assertThat(answers.toString()).doesNotContain("198.51.100").doesNotContain("2001:db8")
                .doesNotContain(Tickets.hash("198.51.100.23/32")).doesNotContain(Tickets.hash("198.51.100.23"));
        assertThat(bursts.status()).as(bursts.toString()).isEqualTo(200);
        assertThat(bursts.json()).hasSize(1);
        JsonNode burst = bursts.json().get(0);
        assertThat(burst.path("answers").asInt()).isEqualTo(12);
        assertThat(burst.path("satisfied").asInt()).isEqualTo(9);
        assertThat(burst.path("basicallySatisfied").asInt()).isZero();
        assertThat(burst.path("dissatisfied").asInt()).isEqualTo(3);
        assertThat(Instant.parse(burst.path("first").asString()))
                .isBeforeOrEqualTo(Instant.parse(burst.path("last").asString()));
        assertThat(burst.path("source").asString()).isNotBlank();
        assertThat(bursts.body()).doesNotContain("198.51.100");
        assertThat(asLeader.status()).isEqualTo(200);
        assertThat(asLeader.json()).isEqualTo(bursts.json());
    }

    @Test
    void a_survey_answered_from_many_networks_shows_no_burst_and_only_the_office_and_leaders_read_bursts() {
        for (int i = 1; i <= 3; i++) {
            Respondent one = respondent().from("192.0.2." + i);
            assertThat(one.answer(survey, one.ticketOf(survey), "SATISFIED", null).status()).isEqualTo(201);
        }

        var bursts = staff(Role.OFFICE).get(bursts(survey));

        assertThat(bursts.status()).isEqualTo(200);
        assertThat(bursts.json()).isEmpty();
        RoleSweep.assertOutsidersRefused(
                EnumSet.of(Role.MEMBER, Role.UNIT_HEAD, Role.LEADER, Role.SECRETARY, Role.OFFICE, Role.ADMIN),
                this::staff,
                List.of(new RoleSweep.Rule("GET", bursts(survey), null, EnumSet.of(Role.OFFICE, Role.LEADER))));
    }

    private Respondent respondent() {
        return Respondent.at(port);
    }

    private Api staff(Role role) {
        return Api.at(port).as(TestTokens.token(bureau, "S1", role.name()));
    }

    private static String bursts(String code) {
        return "/api/evaluation/surveys/" + code + "/bursts";
    }

    private Api.Response post(Respondent phone, Map<String, Object> request) {
        return phone.api().post("/public/evaluation/surveys/" + survey + "/tickets", request);
    }

    private String newSurvey(String title) {
        var created = staff(Role.OFFICE).post("/api/evaluation/surveys",
                Map.of("targetType", "ZONE", "targetId", "zone-" + Respondent.newDevice().substring(0, 12), "title",
                        title, "quarter", Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("code").asString();
    }

    /** Moves the clock to just past the next full hour, so a test's answers fall into one hour. */
    private static void startOfAnHour() {
        Instant now = Instant.now();
        EvaluationServiceTest.CLOCK.advance(Duration.between(now,
                now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)).plus(Duration.ofMinutes(1))));
    }

    private static String unsolvingNonce(String challenge) {
        for (int i = 0;; i++) {
            if (!ProofOfWork.solves(challenge, "x" + i, 1)) {
                return "x" + i;
            }
        }
    }

    /** The challenge with the difficulty in its payload changed and its signature kept: what a cheat would try. */
    private static String withBits(String challenge, int bits) {
        String[] parts = challenge.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String changed = payload.substring(0, payload.lastIndexOf('|') + 1) + bits;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[1];
    }
}
