package cn.sangang.zone.plan;

import static cn.sangang.zone.BureauFixture.expect;
import static cn.sangang.zone.BureauFixture.zoneBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.EventContracts;
import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.zone.BureauFixture;

@ServiceIntegrationTest
class ZonePlanApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ZonePlanService service;

    @Autowired
    MongoOperations mongo;

    BureauFixture b;

    @BeforeEach
    void bureau() {
        b = new BureauFixture(port);
        b.unitWithMembers("linzheng", 3).unitWithMembers("fazhi", 1);
    }

    @Test
    void an_administrator_draws_a_zone_headed_by_the_unit_head_with_each_members_responsibility() {
        String zoneId = b.linzhengZone();

        var zone = b.as("linzheng-M1", "MEMBER").get("/api/zone/zones/" + zoneId).json();

        assertThat(zone.path("head").path("personNo").asString()).isEqualTo("linzheng-H");
        assertThat(zone.path("unitName").asString()).isEqualTo("单位linzheng");
        assertThat(zone.path("members")).extracting(m -> m.path("responsibility").asString())
                .containsExactly("负责linzheng-H片区巡护和群众接待", "负责linzheng-M1片区巡护和群众接待");
        assertThat(zone.path("plaqueCode").asString()).matches("ZR[0-9A-Z]{8}");
    }

    @Test
    void a_person_is_in_at_most_one_zone_and_the_refusal_names_them_and_the_zone() {
        b.zone("linzheng", "甲责任区", "linzheng-H", "linzheng-M1");

        var second = b.admin().post("/api/zone/zones", zoneBody("linzheng", "乙责任区", "linzheng-H", "linzheng-M1"));

        assertThat(second.status()).isEqualTo(422);
        assertThat(second.json().path("code").asString()).isEqualTo("zone.members-in-other-zone");
        assertThat(second.json().path("detail").asString()).contains("linzheng-M1", "甲责任区");
        assertThat(b.admin().get("/api/zone/zones").json()).hasSize(1);
    }

    @Test
    void concurrent_zone_drawings_never_put_one_person_in_two_zones() {
        List<CompletableFuture<Api.Response>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String name = "并发责任区" + i;
            attempts.add(CompletableFuture.supplyAsync(
                    () -> b.admin().post("/api/zone/zones", zoneBody("linzheng", name, "linzheng-H", "linzheng-M1"))));
        }

        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).map(Api.Response::status).toList();

        assertThat(statuses).containsOnly(201, 422);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(b.admin().get("/api/zone/zones").json()).hasSize(1);
    }

    @Test
    void the_coverage_report_lists_party_members_in_no_zone_and_entries_of_people_who_left() {
        b.zone("linzheng", "林政股党员责任区", "linzheng-H", "linzheng-M1", "linzheng-M2");
        b.person("linzheng-N", "linzheng", false);
        expect(200, b.admin().post("/api/zone/people/linzheng-M2/leave", Map.of("reason", "调离")));

        var coverage = b.leader().get("/api/zone/coverage").json();

        assertThat(coverage.path("complete").asBoolean()).isFalse();
        assertThat(coverage.path("partyMembers").asInt()).isEqualTo(5);
        assertThat(coverage.path("uncovered")).extracting(p -> p.path("personNo").asString()).containsExactly("fazhi-H",
                "fazhi-M1", "linzheng-M3");
        assertThat(coverage.path("stale"))
                .extracting(s -> s.path("personNo").asString() + ":" + s.path("reason").asString())
                .containsExactly("linzheng-M2:LEFT_BUREAU");
        assertThat(b.as("M", "MEMBER").get("/api/zone/coverage").status()).isEqualTo(403);
    }

    @Test
    void full_coverage_is_reported_complete() {
        b.zone("linzheng", "林政股", "linzheng-H", "linzheng-M1", "linzheng-M2", "linzheng-M3");
        b.zone("fazhi", "法制股", "fazhi-H", "fazhi-M1");

        assertThat(b.office().get("/api/zone/coverage").json().path("complete").asBoolean()).isTrue();
    }

    @Test
    void the_public_plaque_shows_names_responsibilities_and_tasks_and_nothing_private() {
        String zoneId = b.linzhengZone();
        String plaque = b.admin().get("/api/zone/zones/" + zoneId).json().path("plaqueCode").asString();

        var response = Api.at(port).anonymous().get("/public/zone/plaques/" + plaque);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("headName").asString()).isEqualTo("姓名linzheng-H");
        assertThat(response.json().path("members").get(1).path("responsibility").asString()).contains("巡护");
        assertThat(response.body()).doesNotContain("13800000000").doesNotContain("personNo").doesNotContain(zoneId);
        assertThat(response.json().path("members")).allSatisfy(
                member -> assertThat(member.propertyNames()).containsExactlyInAnyOrder("name", "responsibility"));
        assertThat(Api.at(port).anonymous().get("/public/zone/bureaus/" + b.bureau + "/plaques").json()).hasSize(1);
        assertThat(Api.at(port).anonymous().get("/public/zone/plaques/ZR00000000").status()).isEqualTo(404);
    }

    @Test
    void the_zone_plaque_carries_its_page_its_qr_code_and_its_survey_link() {
        String zoneId = b.linzhengZone();
        String plaque = b.admin().get("/api/zone/zones/" + zoneId).json().path("plaqueCode").asString();

        var page = Api.at(port).anonymous().get("/public/zone/plaques/" + plaque).json();
        var qr = Api.at(port).anonymous().get("/public/zone/plaques/" + plaque + "/qr.svg");

        assertThat(page.path("pageUrl").asString()).isEqualTo("http://localhost:8080/public/zone/plaques/" + plaque);
        assertThat(page.path("qrCodeUrl").asString()).isEqualTo(page.path("pageUrl").asString() + "/qr.svg");
        assertThat(page.path("surveyUrl").asString())
                .isEqualTo("http://localhost:8080/public/evaluation/surveys?plaque=" + plaque);
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.contentType()).startsWith("image/svg+xml");
        assertThat(qr.body()).startsWith("<svg").contains("<path");
        assertThat(Api.at(port).anonymous().get("/public/zone/plaques/ZR00000000/qr.svg").status()).isEqualTo(404);
        assertThat(Api.at(port).anonymous().get("/public/zone/plaques/PQ00000000/qr.svg").status()).isEqualTo(400);
    }

    @Test
    void drawing_and_dissolving_a_zone_announce_its_plaque_code() {
        try (EventCapture capture = EventCapture.of(Topics.ZONE)) {
            String zoneId = b.linzhengZone();
            String plaque = b.admin().get("/api/zone/zones/" + zoneId).json().path("plaqueCode").asString();
            expect(200, b.admin().put("/api/zone/zones/" + zoneId,
                    zoneBody("linzheng", "林政股党员责任区", "linzheng-H", "linzheng-M1", "linzheng-M2")));
            expect(200, b.admin().post("/api/zone/zones/" + zoneId + "/dissolve", Map.of("reason", "机构调整")));

            var drawn = capture.awaitEvents(b.bureau, "zone-drawn", 1).getFirst();
            EventContracts.assertConforms(EventTypes.ZONE_DRAWN, drawn.toString());
            assertThat(drawn.path("payload").path("zoneId").asString()).isEqualTo(zoneId);
            assertThat(drawn.path("payload").path("plaqueCode").asString()).isEqualTo(plaque);
            assertThat(drawn.path("payload").path("unitCode").asString()).isEqualTo("linzheng");
            var dissolved = capture.awaitEvents(b.bureau, "zone-dissolved", 1).getFirst();
            EventContracts.assertConforms(EventTypes.ZONE_DISSOLVED, dissolved.toString());
            assertThat(dissolved.path("payload").path("plaqueCode").asString()).isEqualTo(plaque);
            assertThat(dissolved.path("payload").path("reason").asString()).isEqualTo("机构调整");
            assertThat(capture.events(b.bureau, "zone-drawn")).as("a redrawing keeps its plaque")
                    .extracting(e -> e.path("eventId").asString()).containsOnly(drawn.path("eventId").asString());
        }
    }

    @Test
    void zones_drawn_before_zones_were_announced_are_announced_once() {
        String zoneId = b.linzhengZone();
        mongo.updateFirst(Query.query(Criteria.where("bureauId").is(b.bureau)), new Update().unset("announced"),
                ZonePlanDocument.class);

        service.announceEarlierZones();
        service.announceEarlierZones();
        String next = b.zone("fazhi", "法制股党员责任区", "fazhi-H", "fazhi-M1");

        // One topic partition per plan keeps its events in order, and the relay may send one event twice (consumers
        // apply an event id once): by the next drawing, the plan has announced its first zone once.
        try (EventCapture capture = EventCapture.of(Topics.ZONE)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> capture.events(b.bureau, "zone-drawn").stream()
                    .anyMatch(e -> e.path("payload").path("zoneId").asString().equals(next)));
            Map<String, String> zoneByEvent = new LinkedHashMap<>();
            capture.events(b.bureau, "zone-drawn").forEach(
                    e -> zoneByEvent.put(e.path("eventId").asString(), e.path("payload").path("zoneId").asString()));
            assertThat(zoneByEvent.values()).containsExactly(zoneId, zoneId, next);
        }
    }

    @Test
    void a_member_finds_their_own_zone_and_responsibility() {
        b.linzhengZone();

        var mine = b.as("linzheng-M1", "MEMBER").get("/api/zone/my-zone").json();

        assertThat(mine.path("myResponsibility").asString()).isEqualTo("负责linzheng-M1片区巡护和群众接待");
        assertThat(b.as("linzheng-M2", "MEMBER").get("/api/zone/my-zone").status()).isEqualTo(404);
    }

    @Test
    void redrawing_and_dissolving_are_administrator_acts_that_keep_the_rules() {
        String zoneId = b.linzhengZone();

        expect(200, b.admin().put("/api/zone/zones/" + zoneId,
                zoneBody("linzheng", "林政股党员责任区", "linzheng-H", "linzheng-M1", "linzheng-M2")));
        assertThat(b.leader().put("/api/zone/zones/" + zoneId, zoneBody("linzheng", "x", "linzheng-H", "linzheng-H"))
                .status()).isEqualTo(403);
        assertThat(b.admin()
                .put("/api/zone/zones/" + zoneId, zoneBody("linzheng", "x", "linzheng-H", "linzheng-H", "fazhi-M1"))
                .status()).isEqualTo(422);
        expect(200, b.admin().post("/api/zone/zones/" + zoneId + "/dissolve", Map.of("reason", "机构调整")));

        assertThat(b.admin().get("/api/zone/zones").json()).isEmpty();
        assertThat(b.admin().post("/api/zone/zones/" + zoneId + "/dissolve", Map.of("reason", "again")).status())
                .isEqualTo(404);
    }

    @Test
    void bad_zone_input_is_a_400_problem_and_draws_nothing() {
        var responses = List.of(b.admin().post("/api/zone/zones",
                Map.of("unitCode", "linzheng", "name", "x", "headPersonNo", "linzheng-H", "mainTasks", List.of(),
                        "members", List.of(Map.of("personNo", "linzheng-H", "responsibility", "r")))),
                b.admin().post("/api/zone/zones",
                        Map.of("unitCode", "linzheng", "name", "x", "headPersonNo", "linzheng-H", "mainTasks",
                                List.of("t"), "members",
                                List.of(Map.of("personNo", "linzheng-H", "responsibility", " ")))),
                b.admin()
                        .post("/api/zone/zones",
                                Map.of("unitCode", "linzheng", "name", "x", "headPersonNo", "linzheng-H", "mainTasks",
                                        List.of("t"), "members", List.of())),
                b.admin().get("/api/zone/zones/not-an-id"));

        assertThat(responses).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        });
        assertThat(b.admin().get("/api/zone/zones").json()).isEmpty();
    }
}
