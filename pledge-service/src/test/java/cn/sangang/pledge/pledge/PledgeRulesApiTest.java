package cn.sangang.pledge.pledge;

import static cn.sangang.pledge.PledgeFixture.expect;
import static cn.sangang.pledge.PledgeFixture.inDays;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.events.Quarter;
import cn.sangang.pledge.PledgeFixture;
import cn.sangang.pledge.PledgeServiceTest;
import cn.sangang.testkit.Api;

/** The rules around the six steps: who may act, in which order, what is flagged, and what is refused. */
@PledgeServiceTest
class PledgeRulesApiTest {

    @LocalServerPort
    int port;

    PledgeFixture f;

    @BeforeEach
    void bureau() {
        f = new PledgeFixture(port);
    }

    @AfterEach
    void clock() {
        PledgeServiceTest.CLOCK.reset();
    }

    String pledges() {
        return f.leader().get("/api/pledge/pledges?year=" + f.year).body();
    }

    @Test
    void steps_out_of_order_are_refused_with_409_problem_json() {
        String id = f.propose();

        var publishEarly = f.publish(id);
        var evaluateEarly = f.evaluate(id, PledgeFixture.fulfilled(1), PledgeFixture.fulfilled(2));
        var letterEarly = f.leader().download("/api/pledge/pledges/" + id + "/letter.pdf");
        var reviseUnreturned = f.member("M1").put("/api/pledge/pledges/" + id + "/items",
                PledgeFixture.revision(PledgeFixture.item("x", "M1", inDays(5))));
        expect(200, f.approve(id, 2));
        var approveTwice = f.approve(id, 2);
        var progressEarly = f.progress("M1", id, 1, "x");

        for (Api.Response refused : List.of(publishEarly, evaluateEarly, reviseUnreturned, approveTwice,
                progressEarly)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.isProblem()).isTrue();
        }
        assertThat(letterEarly.status()).isEqualTo(409);
        assertThat(approveTwice.json().path("code").asString()).isEqualTo("pledge.not-under-review");
        assertThat(approveTwice.json().path("args").path("status").asString()).isEqualTo("APPROVED");
        assertThat(approveTwice.json().path("detail").asString()).contains("已审定待公示");
        expect(200, f.publish(id));
        assertThat(f.publish(id).status()).as("published twice").isEqualTo(409);
    }

    @Test
    void two_leaders_approving_one_pledge_at_once_one_wins_and_the_other_gets_409() {
        for (String member : List.of("M1", "M3", "M4")) {
            String id = f.propose(member);
            List<CompletableFuture<Integer>> reviews = List
                    .of(CompletableFuture
                            .supplyAsync(() -> f.as("L1", "LEADER")
                                    .post("/api/pledge/pledges/" + id + "/review",
                                            PledgeFixture.review("APPROVE", 2, 0, null))
                                    .status()),
                            CompletableFuture.supplyAsync(
                                    () -> f.as("L2", "LEADER").post("/api/pledge/pledges/" + id + "/review",
                                            PledgeFixture.review("RETURN", 2, 1, "再斟酌")).status()));

            assertThat(reviews.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder(200, 409);
            assertThat(f.leader().get("/api/pledge/pledges/" + id).json().path("rounds").get(0).path("reviewedBy")
                    .asString()).isIn("L1", "L2");
        }
    }

    @Test
    void the_membership_question_to_zone_service_carries_the_trace_of_the_proposal() {
        String traceId = java.util.UUID.randomUUID().toString().replace("-", "");

        var response = f.member("M1").withHeader("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").post(
                "/api/pledge/pledges", PledgeFixture.memberPledge(f.year, PledgeFixture.item("巡山", "M1", inDays(30))));

        assertThat(response.status()).isEqualTo(201);
        assertThat(PledgeServiceTest.ZONE.received())
                .filteredOn(request -> request.headers().entrySet().stream().anyMatch(
                        h -> h.getKey().equalsIgnoreCase("traceparent") && h.getValue().getFirst().contains(traceId)))
                .as("zone-service was asked within the same trace").isNotEmpty();
    }

    @Test
    void a_proposal_naming_a_non_member_is_rejected_naming_who_and_nothing_is_written() {
        String before = pledges();

        var response = f.member("M1").post("/api/pledge/pledges", PledgeFixture.memberPledge(f.year,
                PledgeFixture.item("巡山", "N1", inDays(30)), PledgeFixture.item("宣传", "M2", inDays(30))));
        var nonMemberProposer = f.as("N1", "MEMBER").post("/api/pledge/pledges",
                PledgeFixture.memberPledge(f.year, PledgeFixture.item("巡山", "M1", inDays(30))));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("code").asString()).isEqualTo("pledge.not-party-members");
        assertThat(response.json().path("args").path("people").toString()).isEqualTo("[\"姓名N1\"]");
        assertThat(response.json().path("detail").asString()).contains("不是本局在职党员", "姓名N1").doesNotContain("M2");
        assertThat(nonMemberProposer.status()).isEqualTo(422);
        assertThat(pledges()).isEqualTo(before);
    }

    @Test
    void with_zone_service_down_a_proposal_fails_fast_with_a_503_naming_it_and_nothing_is_written() {
        String before = pledges();
        PledgeServiceTest.ZONE.stop();
        try {
            long started = System.nanoTime();
            var response = f.member("M1").post("/api/pledge/pledges",
                    PledgeFixture.memberPledge(f.year, PledgeFixture.item("巡山", "M1", inDays(30))));

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.json().path("code").asString()).isEqualTo("roster.membership-unavailable");
            assertThat(response.json().path("detail").asString()).contains("名册服务");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        } finally {
            PledgeServiceTest.ZONE.start();
        }
        assertThat(pledges()).isEqualTo(before);
    }

    @Test
    void bad_input_is_a_400_problem_and_writes_nothing() {
        String before = pledges();

        List<Object> bodies = List.of("{not json", Map.of("kind", "MEMBER", "campaignYear", f.year, "items", List.of()),
                Map.of("kind", "NOBODY", "campaignYear", f.year, "items",
                        List.of(PledgeFixture.item("x", "M1", inDays(3)))),
                Map.of("kind", "MEMBER", "campaignYear", "soon", "items",
                        List.of(PledgeFixture.item("x", "M1", inDays(3)))),
                Map.of("kind", "MEMBER", "campaignYear", f.year, "items", List.of(Map.of("content", "x"))),
                PledgeFixture.memberPledge(f.year, PledgeFixture.item("x", "M1; $where", inDays(3))),
                Map.of("kind", "MEMBER", "campaignYear", f.year, "bureauId", "other", "items",
                        List.of(PledgeFixture.item("x", "M1", inDays(3)))));
        for (Object body : bodies) {
            var response = f.member("M1").post("/api/pledge/pledges", body);
            assertThat(response.status()).as(body.toString()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(f.member("M1")
                .post("/api/pledge/pledges",
                        PledgeFixture.memberPledge(f.year + 1, PledgeFixture.item("x", "M1", inDays(3))))
                .status()).as("no campaign that year").isEqualTo(422);
        assertThat(f.member("M1")
                .post("/api/pledge/pledges",
                        PledgeFixture.memberPledge(f.year, PledgeFixture.item("x", "M1", inDays(-1))))
                .status()).as("due in the past").isEqualTo(422);
        assertThat(pledges()).isEqualTo(before);
    }

    @Test
    void only_the_responsible_member_reports_progress_and_only_the_proposer_revises() {
        String id = f.published();

        assertThat(f.progress("M2", id, 1, "x").status()).isEqualTo(403);
        assertThat(f.progress("M2", id, 2, "x").status()).isEqualTo(200);
        assertThat(f.progress("M1", id, 7, "x").status()).isEqualTo(404);

        String other = f.propose("M3");
        expect(200, f.leader().post("/api/pledge/pledges/" + other + "/review",
                PledgeFixture.review("RETURN", 2, 1, "量化")));
        assertThat(
                f.member("M4")
                        .put("/api/pledge/pledges/" + other + "/items",
                                PledgeFixture.revision(PledgeFixture.item("x", "M3", inDays(5))))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void a_member_sees_their_own_and_published_pledges_but_not_others_drafts() {
        String draft = f.propose();
        String published = f.published("M4");

        assertThat(f.member("M3").get("/api/pledge/pledges/" + draft).status()).isEqualTo(404);
        assertThat(f.member("M3").get("/api/pledge/pledges/" + published).json().path("rounds"))
                .as("the review rounds are the leadership's and the author's").isEmpty();
        assertThat(f.member("M4").get("/api/pledge/pledges/" + published).json().path("rounds")).hasSize(1);
        assertThat(f.as("O1", "OFFICE").get("/api/pledge/pledges/" + published).json().path("rounds")).hasSize(1);
        assertThat(f.member("M2").get("/api/pledge/pledges/" + draft).status()).as("answers for an item")
                .isEqualTo(200);
        assertThat(f.member("M3").get("/api/pledge/pledges?year=" + f.year).json())
                .extracting(p -> p.path("id").asString()).containsExactly(published);
        assertThat(Api.at(port).get("/public/pledge/bureaus/" + f.bureau + "/pledges?year=" + f.year).json())
                .hasSize(1);
    }

    @Test
    void a_pledge_not_published_by_the_campaign_deadline_is_flagged_late() {
        int year = LocalDate.now(Quarter.BUREAU_TIME).getYear();
        LocalDate today = LocalDate.now(Quarter.BUREAU_TIME);
        expect(200, f.leader().put("/api/pledge/campaigns/" + year, Map.of("title", "限期公示", "publicityDeadline",
                (today.getYear() == year ? today : LocalDate.of(year, 12, 31)).toString())));
        String onTime = f.published();
        String late = f.propose("M3");
        expect(200, f.approve(late, 2));
        assertThat(f.leader().get("/api/pledge/pledges/" + late).json().path("late").asBoolean()).isFalse();

        PledgeServiceTest.CLOCK.advance(Duration.ofDays(1));

        assertThat(f.leader().get("/api/pledge/pledges/" + late).json().path("late").asBoolean())
                .as("unpublished once the deadline passed").isTrue();
        var published = expect(200, f.publish(late)).json();
        assertThat(published.path("late").asBoolean()).isTrue();
        assertThat(published.path("publication").path("late").asBoolean()).isTrue();
        assertThat(f.leader().get("/api/pledge/pledges/" + onTime).json().path("late").asBoolean()).isFalse();
        var board = Api.at(port).get("/public/pledge/bureaus/" + f.bureau + "/pledges?year=" + f.year).json();
        assertThat(board).extracting(p -> p.path("late").asBoolean()).containsExactlyInAnyOrder(false, true);
    }

    @Test
    void items_past_their_deadline_and_rectifications_past_theirs_are_flagged_overdue_until_done() throws IOException {
        String id = expect(201, f.member("M1").post("/api/pledge/pledges",
                Map.of("kind", "MEMBER", "campaignYear", f.year, "items", List
                        .of(PledgeFixture.item("巡山", "M1", inDays(1)), PledgeFixture.item("宣传", "M1", inDays(30))))))
                .json().path("id").asString();
        expect(200, f.approve(id, 2));
        expect(200, f.publish(id));

        PledgeServiceTest.CLOCK.advance(Duration.ofDays(2));

        var items = f.leader().get("/api/pledge/pledges/" + id).json().path("items");
        assertThat(items.get(0).path("overdue").asBoolean()).isTrue();
        assertThat(items.get(1).path("overdue").asBoolean()).isFalse();
        assertThat(f.secretary().get("/api/pledge/ledger?year=" + f.year + "&overdueOnly=true").json())
                .extracting(l -> l.path("item").path("itemNo").asInt()).containsExactly(1);
        var rows = PledgeFixture.xlsxRows(f.secretary().download("/api/pledge/ledger.xlsx?year=" + f.year).body());
        assertThat(rows.get(2).getCellText(8)).isEqualTo("是");
        assertThat(rows.get(3).getCellText(8)).isEqualTo("否");

        expect(200, f.completed("M1", id, 1, "补做完成"));
        assertThat(f.leader().get("/api/pledge/pledges/" + id).json().path("items").get(0).path("overdue").asBoolean())
                .isFalse();

        expect(200, f.evaluate(id, PledgeFixture.fulfilled(1), PledgeFixture.notFulfilled(2, inDays(3))));
        PledgeServiceTest.CLOCK.advance(Duration.ofDays(2));
        assertThat(f.leader().get("/api/pledge/pledges/" + id).json().path("items").get(1).path("overdue").asBoolean())
                .as("rectification past its deadline").isTrue();
        expect(200,
                f.leader().post("/api/pledge/pledges/" + id + "/items/2/rectification/closed", Map.of("note", "整改完毕")));
        assertThat(f.leader().get("/api/pledge/pledges/" + id).json().path("items").get(1).path("overdue").asBoolean())
                .isFalse();
    }

    @Test
    void a_member_files_one_pledge_per_campaign_and_a_leader_never_judges_their_own() {
        f.propose();
        var again = f.member("M1").post("/api/pledge/pledges",
                PledgeFixture.memberPledge(f.year, PledgeFixture.item("再来一份", "M1", inDays(30))));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asString()).isEqualTo("pledge.already-filed");
        assertThat(again.json().path("detail").asString()).contains("姓名M1", String.valueOf(f.year));

        String leaders = expect(201,
                f.as("L1", "LEADER", "MEMBER").post("/api/pledge/pledges",
                        PledgeFixture.memberPledge(f.year, PledgeFixture.item("带头巡山", "L1", inDays(30)))))
                .json().path("id").asString();
        assertThat(f.leader()
                .post("/api/pledge/pledges/" + leaders + "/review", PledgeFixture.review("APPROVE", 1, 0, null))
                .status()).isEqualTo(403);
        expect(200, f.as("L2", "LEADER").post("/api/pledge/pledges/" + leaders + "/review",
                PledgeFixture.review("APPROVE", 1, 0, null)));
    }

    @Test
    void a_field_left_blank_is_named_in_chinese_as_the_form_names_it() {
        String id = f.propose();

        var blank = f.member("M1").put("/api/pledge/pledges/" + id + "/items",
                PledgeFixture.revision(PledgeFixture.item(" ", "M1", inDays(5))));

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("code").asString()).isEqualTo("request.invalid");
        assertThat(blank.json().path("detail").asString()).isEqualTo("提交的内容有误：承诺内容：不能为空");
    }

    @Test
    void pledge_text_the_letter_cannot_print_and_people_off_the_roster_are_refused_naming_them() {
        String before = pledges();

        var rare = f.member("M1").post("/api/pledge/pledges",
                PledgeFixture.memberPledge(f.year, PledgeFixture.item("走访𬱖村群众🔥", "M1", inDays(30))));
        var strangers = f.member("M1").post("/api/pledge/pledges", PledgeFixture.memberPledge(f.year,
                PledgeFixture.item("巡山", "X1", inDays(30)), PledgeFixture.item("宣传", "X2", inDays(30))));
        var tooFar = f.member("M1").post("/api/pledge/pledges",
                PledgeFixture.memberPledge(f.year, PledgeFixture.item("巡山", "M1", LocalDate.of(f.year + 2, 1, 1))));

        assertThat(rare.status()).isEqualTo(422);
        assertThat(rare.json().path("code").asString()).isEqualTo("pledge.unprintable-characters");
        assertThat(rare.json().path("detail").asString()).contains("𬱖").contains("🔥").doesNotContain("走");
        assertThat(strangers.status()).isEqualTo(422);
        assertThat(strangers.json().path("code").asString()).isEqualTo("roster.not-on-roster");
        assertThat(strangers.json().path("detail").asString()).contains("X1").contains("X2");
        assertThat(tooFar.status()).isEqualTo(422);
        assertThat(pledges()).isEqualTo(before);
    }

    @Test
    void an_inspection_follows_publication() {
        String id = f.published();

        var early = f.secretary().post("/api/pledge/pledges/" + id + "/items/1/inspections",
                Map.of("inspectedOn", inDays(-1).toString(), "findings", "x"));

        assertThat(early.status()).isEqualTo(422);
    }
}
