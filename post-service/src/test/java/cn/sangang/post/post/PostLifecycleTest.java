package cn.sangang.post.post;

import static cn.sangang.post.PostFixture.collective;
import static cn.sangang.post.PostFixture.expect;
import static cn.sangang.post.PostFixture.individual;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import cn.sangang.events.EventType;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.Topics;
import cn.sangang.post.PostFixture;
import cn.sangang.post.PostServiceTest;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.EventContracts;

@PostServiceTest
class PostLifecycleTest {

    @LocalServerPort
    int port;

    PostFixture f;
    EventCapture capture;
    final String thisQuarter = PostFixture.thisQuarter();

    @BeforeEach
    void bureau() {
        f = new PostFixture(port).assessingThisQuarter();
        capture = EventCapture.of(Topics.POST);
    }

    @AfterEach
    void close() {
        capture.close();
    }

    /** The bureau's one event of {@code type}, checked against its contract; its payload. */
    JsonNode announced(EventType<?> type) {
        JsonNode event = capture.awaitEvents(f.bureau, type.name(), 1).getFirst();
        EventContracts.assertConforms(type, event.toString());
        return event.path("payload");
    }

    Map<String, Object> assessment(String result, String remedy) {
        return PostFixture.assessment(thisQuarter, result, remedy);
    }

    @Test
    void a_collective_nomination_with_a_non_member_in_the_unit_is_rejected_naming_who() {
        var response = f.nominate(collective("刑侦集体岗", "xingzhen"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("code").asString()).isEqualTo("nomination.unit-not-all-party-members");
        assertThat(response.json().path("detail").asString()).contains("N1").doesNotContain("M5");
        assertThat(f.leader().get("/api/post/posts").json()).isEmpty();
    }

    @Test
    void a_nomination_answers_every_standard() {
        Map<String, String> some = new java.util.LinkedHashMap<>(PostFixture.statements());
        some.remove("ACTS_BY_LAW");
        some.put("DIGNIFIED_CONDUCT", " ");

        var response = f
                .nominate(Map.of("kind", "INDIVIDUAL", "title", "岗", "holderPersonNo", "M1", "statements", some));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("code").asString()).isEqualTo("nomination.standards-missing");
        assertThat(response.json().path("args").path("standards").valueStream().map(JsonNode::asString))
                .containsExactly("ACTS_BY_LAW", "DIGNIFIED_CONDUCT");
        assertThat(response.json().path("detail").asString()).contains("依法行政", "举止端庄");
    }

    @Test
    void an_individual_post_is_held_by_an_active_party_member() {
        assertThat(f.nominate(individual("岗", "N1")).status()).isEqualTo(422);
        assertThat(f.nominate(individual("岗", "NOBODY")).status()).isEqualTo(422);
    }

    @Test
    void a_collective_post_established_by_resolution_gets_a_plaque_with_a_public_page_and_qr_code() {
        String id = f.awardedCollective("linzheng", "SFG-001");

        var post = f.leader().get("/api/post/posts/" + id).json();
        assertThat(post.path("status").asString()).isEqualTo("AWARDED");
        assertThat(post.path("establishment").path("resolutionNo").asString()).isEqualTo("局务会〔2026〕3号");
        assertThat(post.path("plaque").path("hangsAt").asString()).isEqualTo("单位门口");
        String code = post.path("plaque").path("code").asString();
        var page = Api.at(port).get("/public/post/plaques/" + code);
        assertThat(page.json().path("modelPost").asBoolean()).isTrue();
        assertThat(page.json().path("standards").size()).isEqualTo(10);
        assertThat(page.body()).doesNotContain(id);
        var qr = Api.at(port).get("/public/post/plaques/" + code + "/qr.svg");
        assertThat(qr.contentType()).startsWith("image/svg+xml");
        assertThat(qr.body()).startsWith("<svg").contains("<path");
        assertThat(announced(EventTypes.POST_AWARDED).path("plaqueNo").asString()).isEqualTo("SFG-001");
    }

    @Test
    void an_elected_individual_post_is_announced_with_its_holder() {
        String id = f.awardedIndividual("M1", "GR-100");

        JsonNode awarded = announced(EventTypes.POST_AWARDED);

        assertThat(awarded.path("holderPersonNo").asString()).isEqualTo("M1");
        assertThat(f.leader().get("/api/post/posts/" + id).json().path("plaque").path("hangsAt").asString())
                .isEqualTo("办公室内");
    }

    @Test
    void a_plaque_number_is_used_once_in_a_bureau_even_when_two_awards_race() {
        String first = f.nominateCollective("linzheng");
        String second = f.nominateCollective("fazhi");
        for (String id : List.of(first, second)) {
            expect(200, f.leader().post("/api/post/posts/" + id + "/resolution",
                    Map.of("resolutionNo", "决议", "meetingDate", LocalDate.now(Quarter.BUREAU_TIME).toString())));
        }
        List<CompletableFuture<Api.Response>> awards = List.of(first, second).stream()
                .map(id -> CompletableFuture.supplyAsync(() -> f.leader().post("/api/post/posts/" + id + "/plaque",
                        Map.of("plaqueNo", "SAME-1", "awardedOn", LocalDate.now(Quarter.BUREAU_TIME).toString()))))
                .toList();

        assertThat(awards.stream().map(CompletableFuture::join).map(Api.Response::status).toList())
                .containsExactlyInAnyOrder(200, 409);
    }

    @Test
    void an_individual_post_is_not_established_by_resolution() {
        String id = f.nominateIndividual("M1");

        assertThat(f.leader()
                .post("/api/post/posts/" + id + "/resolution",
                        Map.of("resolutionNo", "x", "meetingDate", LocalDate.now(Quarter.BUREAU_TIME).toString()))
                .status()).isEqualTo(409);
    }

    @Test
    void the_quarterly_assessment_is_announced_with_its_result_and_shows_no_satisfaction_data_yet() {
        String id = f.awardedCollective("linzheng", "SFG-002");

        var post = expect(200, f.assess(id, assessment("PASS", "NONE"))).json();

        assertThat(post.path("assessments").get(0).path("satisfaction").path("note").asString())
                .isEqualTo("no data yet");
        announced(EventTypes.POST_ASSESSED);
        assertThat(f.assess(id, assessment("PASS", "NONE")).status()).isEqualTo(409);
    }

    @Test
    void a_failed_assessment_orders_rectification_with_a_deadline_tracked_to_closure() {
        String id = f.awardedCollective("linzheng", "SFG-003");
        Map<String, Object> rectify = PostFixture.rectification(thisQuarter, PostFixture.inDays(30));

        expect(200, f.assess(id, rectify));
        var closed = expect(200, f.rectified(id, thisQuarter, "已整改到位")).json();

        assertThat(closed.path("assessments").get(0).path("rectifiedBy").asString()).isEqualTo("S1");
        assertThat(closed.path("status").asString()).isEqualTo("AWARDED");
        assertThat(f.rectified(id, thisQuarter, "again").status()).isEqualTo(409);
    }

    @Test
    void a_failed_assessment_with_adjustment_removes_the_title() {
        String id = f.awardedCollective("linzheng", "SFG-004");

        var post = expect(200, f.assess(id, assessment("FAIL", "ADJUST"))).json();

        assertThat(post.path("status").asString()).isEqualTo("REVOKED");
        assertThat(post.path("revocation").path("cause").asString()).isEqualTo("ADJUSTMENT");
        capture.awaitEvents(f.bureau, "post-revoked", 1);
    }

    @Test
    void a_veto_revokes_the_title_at_once_and_reclaims_the_plaque() {
        String id = f.awardedCollective("linzheng", "SFG-005");
        String code = f.leader().get("/api/post/posts/" + id).json().path("plaque").path("code").asString();

        var post = expect(200, f.veto(id, "VETO_COMPLAINT", "群众强烈投诉经调查属实")).json();

        assertThat(post.path("status").asString()).isEqualTo("REVOKED");
        assertThat(post.path("plaque").path("reclaimedBy").asString()).isEqualTo("L1");
        assertThat(post.path("plaque").path("reclaimedAt").isNull()).isFalse();
        var page = Api.at(port).get("/public/post/plaques/" + code).json();
        assertThat(page.path("modelPost").asBoolean()).isFalse();
        assertThat(page.path("notice").asString()).contains("不再是党员示范岗");
        assertThat(announced(EventTypes.POST_REVOKED).path("cause").asString()).isEqualTo("VETO_COMPLAINT");
    }

    @Test
    void a_revoked_post_cannot_pass_an_assessment_nor_be_vetoed_again() {
        String id = f.awardedCollective("linzheng", "SFG-006");
        expect(200, f.veto(id, "VETO_VIOLATION", "违纪"));

        var pass = f.assess(id, assessment("PASS", "NONE"));

        assertThat(pass.status()).isEqualTo(409);
        assertThat(pass.isProblem()).isTrue();
        assertThat(f.veto(id, "VETO_IMAGE", "x").status()).isEqualTo(409);
        assertThat(f.leader().get("/api/post/posts/" + id).json().path("assessments")).isEmpty();
    }

    @Test
    void only_quarters_since_the_award_are_assessed_and_a_quarter_is_written_like_2026_q2() {
        String id = f.awardedCollective("linzheng", "SFG-009");

        assertThat(f.assess(id, PostFixture.passed("2020-Q1")).status()).isEqualTo(422);
        assertThat(f.assess(id, PostFixture.passed("1999-Q1")).status()).isEqualTo(400);
        assertThat(f.leader().get("/api/post/posts/" + id).json().path("assessments")).isEmpty();
    }

    @Test
    void a_person_or_office_has_one_model_post_in_progress_or_held() {
        f.nominateIndividual("M1");
        f.nominateCollective("fazhi");

        assertThat(f.nominate(individual("第二个", "M1")).status()).isEqualTo(409);
        assertThat(f.nominate(collective("第二个", "fazhi")).status()).isEqualTo(409);
    }

    @Test
    void a_rectification_is_not_closed_on_a_revoked_post() {
        String id = f.awardedCollective("linzheng", "SFG-010");
        expect(200, f.assess(id, PostFixture.rectification(thisQuarter, PostFixture.inDays(9))));
        expect(200, f.veto(id, "VETO_IMAGE", "x"));

        assertThat(f.rectified(id, thisQuarter, "x").status()).isEqualTo(409);
    }

    @Test
    void a_plaque_records_where_it_hangs() {
        String id = f.nominateCollective("fazhi");
        expect(200, f.leader().post("/api/post/posts/" + id + "/resolution",
                Map.of("resolutionNo", "局务会〔2026〕5号", "meetingDate", LocalDate.now(Quarter.BUREAU_TIME).toString())));

        var post = expect(200,
                f.leader()
                        .post("/api/post/posts/" + id + "/plaque",
                                Map.of("plaqueNo", "SFG-011", "awardedOn",
                                        LocalDate.now(Quarter.BUREAU_TIME).toString(), "hangsAt", "法制股办公室门口左侧")))
                .json();

        assertThat(post.path("plaque").path("hangsAt").asString()).isEqualTo("法制股办公室门口左侧");
    }

    @Test
    void a_veto_names_one_of_its_four_causes() {
        String id = f.awardedCollective("linzheng", "SFG-007");

        assertThat(f.veto(id, "ADJUSTMENT", "x").status()).isEqualTo(422);
        assertThat(f.veto(id, "NOT_A_CAUSE", "x").status()).isEqualTo(400);
    }

    @Test
    void two_leaders_acting_on_one_post_at_once_one_wins_and_the_other_gets_409() {
        String id = f.awardedCollective("linzheng", "SFG-008");
        List<CompletableFuture<Api.Response>> acts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            acts.add(CompletableFuture.supplyAsync(() -> f.veto(id, "VETO_ACCIDENT", "重大责任事故")));
        }

        List<Integer> statuses = acts.stream().map(CompletableFuture::join).map(Api.Response::status).toList();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
    }

    @Test
    void with_zone_service_down_a_nomination_fails_fast_with_a_503_and_nothing_is_written() {
        PostServiceTest.ZONE.stop();
        try {
            long started = System.nanoTime();
            var response = f.nominate(collective("岗", "linzheng"));

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.json().path("code").asString()).isEqualTo("roster.unavailable");
            assertThat((System.nanoTime() - started) / 1_000_000).as("fast").isLessThan(3500);
        } finally {
            PostServiceTest.ZONE.start();
        }
        assertThat(f.leader().get("/api/post/posts").json()).isEmpty();
    }
}
