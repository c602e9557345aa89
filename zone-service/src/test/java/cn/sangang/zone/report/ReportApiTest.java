package cn.sangang.zone.report;

import static cn.sangang.zone.BureauFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.zone.BureauFixture;

@ServiceIntegrationTest
class ReportApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoOperations mongo;

    BureauFixture b;
    String zoneId;

    @BeforeEach
    void zone() {
        b = new BureauFixture(port);
        zoneId = b.unitWithMembers("linzheng", 1).linzhengZone();
    }

    Api head() {
        return b.as("linzheng-H", "UNIT_HEAD", "MEMBER");
    }

    String submit(String kind) {
        return b.submitReport(zoneId, kind, "调解山林纠纷的做法");
    }

    @Test
    void the_office_acknowledges_a_typical_case_and_publishes_it_to_the_public_board() {
        String id = submit("TYPICAL_CASE");
        assertThat(b.office().get("/api/zone/reports?status=SUBMITTED").json()).hasSize(1);

        expect(200, b.office().post("/api/zone/reports/" + id + "/acknowledge", Map.of("note", "已阅，很好")));
        expect(200, b.office().post("/api/zone/reports/" + id + "/publish",
                Map.of("publicTitle", "山林纠纷就地化解", "publicSummary", "林政股化解纠纷经验")));

        var cases = Api.at(port).anonymous().get("/public/zone/bureaus/" + b.bureau + "/cases").json();
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0).path("summary").asString()).isEqualTo("林政股化解纠纷经验");
        assertThat(cases.get(0).path("title").asString()).as("the office's public title, not the author's")
                .isEqualTo("山林纠纷就地化解");
        assertThat(cases.get(0).toString()).doesNotContain("调解山林纠纷的做法");
        assertThat(cases.get(0).has("authorPersonNo")).isFalse();
        assertThat(cases.get(0).has("body")).as("the internal report text stays internal").isFalse();
    }

    @Test
    void publishing_comes_after_acknowledgement_and_only_for_good_practice_or_typical_cases() {
        String typical = submit("TYPICAL_CASE");
        String progress = submit("PROGRESS");

        assertThat(b.office()
                .post("/api/zone/reports/" + typical + "/publish", Map.of("publicTitle", "t", "publicSummary", "s"))
                .status()).isEqualTo(409);
        expect(200, b.office().post("/api/zone/reports/" + progress + "/acknowledge", Map.of()));
        assertThat(b.office().post("/api/zone/reports/" + progress + "/acknowledge", Map.of()).status()).isEqualTo(409);
        assertThat(b.office()
                .post("/api/zone/reports/" + progress + "/publish", Map.of("publicTitle", "t", "publicSummary", "s"))
                .status()).isEqualTo(422);
        assertThat(Api.at(port).anonymous().get("/public/zone/bureaus/" + b.bureau + "/cases").json()).isEmpty();
    }

    @Test
    void only_the_zone_head_reports_and_only_the_office_moves_reports_on() {
        var byMember = b.as("linzheng-M1", "UNIT_HEAD").post("/api/zone/reports",
                Map.of("zoneId", zoneId, "kind", "PROGRESS", "title", "t", "body", "b"));
        String id = submit("EXPERIENCE");

        assertThat(byMember.status()).isEqualTo(403);
        assertThat(b.leader().post("/api/zone/reports/" + id + "/acknowledge", Map.of()).status()).isEqualTo(403);
        assertThat(head().get("/api/zone/reports").json()).hasSize(1);
        assertThat(b.as("linzheng-M1", "MEMBER").get("/api/zone/reports").status()).isEqualTo(403);
    }

    @Test
    void publishing_names_a_public_title_of_at_most_100_characters() {
        String id = submit("EXPERIENCE");
        expect(200, b.office().post("/api/zone/reports/" + id + "/acknowledge", Map.of()));

        assertThat(b.office().post("/api/zone/reports/" + id + "/publish", Map.of("publicSummary", "s")).status())
                .isEqualTo(400);
        assertThat(b.office().post("/api/zone/reports/" + id + "/publish",
                Map.of("publicTitle", "题".repeat(101), "publicSummary", "s")).status()).isEqualTo(400);
        assertThat(Api.at(port).anonymous().get("/public/zone/bureaus/" + b.bureau + "/cases").json()).isEmpty();
    }

    @Test
    void a_case_published_before_public_titles_shows_a_neutral_title_not_the_internal_one() {
        String id = submit("TYPICAL_CASE");
        expect(200, b.office().post("/api/zone/reports/" + id + "/acknowledge", Map.of()));
        expect(200, b.office().post("/api/zone/reports/" + id + "/publish",
                Map.of("publicTitle", "山林纠纷就地化解", "publicSummary", "林政股化解纠纷经验")));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().unset("publicTitle"), "zone_reports");

        var cases = Api.at(port).anonymous().get("/public/zone/bureaus/" + b.bureau + "/cases").json();

        assertThat(cases.get(0).path("title").asString()).isEqualTo("林政股党员责任区典型案例");
    }
}
