package cn.sangang.pledge.pledge;

import static cn.sangang.pledge.PledgeFixture.expect;
import static cn.sangang.pledge.PledgeFixture.inDays;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import cn.sangang.pledge.PledgeFixture;
import cn.sangang.pledge.PledgeServiceTest;

/** Pledges are kept under the field names they always had, so pledges stored before stay readable and changeable. */
@PledgeServiceTest
class PledgeDocumentTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    PledgeFixture f;

    @BeforeEach
    void bureau() {
        f = new PledgeFixture(port);
    }

    @Test
    void a_pledge_is_stored_under_the_field_names_it_always_had() {
        String id = f.published();
        expect(200, f.progress("M2", id, 2, "走访 2 户"));
        expect(200, f.secretary().post("/api/pledge/pledges/" + id + "/items/1/inspections",
                Map.of("inspectedOn", inDays(0).toString(), "findings", "台账齐全")));
        expect(200, f.evaluate(id, PledgeFixture.fulfilled(1), PledgeFixture.notFulfilled(2, inDays(30))));

        Document stored = mongo.findById(id, Document.class, "pledges");

        assertThat(stored).containsOnlyKeys("_id", "_class", "bureauId", "version", "outbox", "kind", "campaignYear",
                "proposerPersonNo", "proposerName", "filer", "status", "items", "rounds", "publication", "evaluation");
        assertThat(stored.getString("_class")).isEqualTo("cn.sangang.pledge.pledge.PledgeDocument");
        assertThat(stored.getString("filer")).isEqualTo("member:M1");
        Document item = stored.getList("items", Document.class).get(1);
        assertThat(item).containsOnlyKeys("draft", "status", "progress", "inspections", "evaluation", "rectification");
        assertThat(item.get("draft", Document.class)).containsOnlyKeys("no", "content", "responsiblePersonNo",
                "responsibleName", "deadline", "expectedEffect");
        assertThat(item.getList("progress", Document.class).getFirst()).containsOnlyKeys("note", "completed", "by",
                "at");
        assertThat(item.get("evaluation", Document.class)).containsOnlyKeys("leaderComment", "assessment", "fulfilled",
                "by", "at");
        assertThat(item.get("rectification", Document.class)).containsOnlyKeys("order", "deadline");
        assertThat(stored.getList("items", Document.class).getFirst().getList("inspections", Document.class).getFirst())
                .containsOnlyKeys("inspectedOn", "findings", "by", "at");
        Document round = stored.getList("rounds", Document.class).getFirst();
        assertThat(round).containsOnlyKeys("no", "items", "submittedBy", "submittedAt", "reviews", "decision",
                "reviewedBy", "reviewedAt");
        assertThat(round.getList("reviews", Document.class).getFirst()).containsOnlyKeys("itemNo", "checks");
        assertThat(stored.get("publication", Document.class)).containsOnlyKeys("publicCode", "publishedOn",
                "publicityDeadline", "late", "publishedBy", "at");
        assertThat(stored.get("evaluation", Document.class)).containsOnlyKeys("evaluatedOn", "by", "at");
        assertThat(stored.toJson().split("\"_class\"", -1)).as("no type hints inside the pledge").hasSize(2);
    }

    @Test
    void a_pledge_stored_before_the_aggregate_moved_to_the_domain_reads_and_changes_as_before() {
        String id = new ObjectId().toHexString();
        mongo.insert(Document.parse(legacyApprovedPledge(id)), "pledges");

        var read = expect(200, f.leader().get("/api/pledge/pledges/" + id)).json();
        assertThat(read.path("status").asString()).isEqualTo("APPROVED");
        assertThat(read.path("proposerName").asString()).isEqualTo("姓名M1");
        assertThat(read.path("items").get(1).path("content").asString()).isEqualTo("办理林政案件零投诉");
        assertThat(read.path("items").get(1).path("deadline").asString()).isEqualTo("2027-03-03");
        assertThat(read.path("rounds").get(0).path("reviews").get(1).path("checks").path("FEASIBLE").asBoolean())
                .isTrue();
        var published = expect(200, f.publish(id)).json();
        assertThat(published.path("status").asString()).isEqualTo("PUBLICIZED");
        assertThat(published.path("items").get(0).path("status").asString()).isEqualTo("IN_PROGRESS");
        Document stored = mongo.findById(id, Document.class, "pledges");
        assertThat(stored.getString("filer")).isEqualTo("member:M1");
        assertThat(stored.get("version", Number.class).longValue()).isEqualTo(4);
    }

    /** An approved two-item pledge exactly as the service stored it before the aggregate moved to the domain. */
    private String legacyApprovedPledge(String id) {
        String checks = "{\"ADVANCED_NATURE\": true, \"CENTRAL_WORK\": true, \"POST_DUTIES\": true, "
                + "\"MASSES_WISHES\": true, \"FEASIBLE\": true}";
        String draft1 = "{\"no\": 1, \"content\": \"每月走访辖区林农不少于4户\", \"responsiblePersonNo\": \"M1\", "
                + "\"responsibleName\": \"姓名M1\", \"deadline\": {\"$date\": \"2027-02-01T00:00:00Z\"}, "
                + "\"expectedEffect\": \"群众满意\"}";
        String draft2 = "{\"no\": 2, \"content\": \"办理林政案件零投诉\", \"responsiblePersonNo\": \"M2\", "
                + "\"responsibleName\": \"姓名M2\", \"deadline\": {\"$date\": \"2027-03-03T00:00:00Z\"}, "
                + "\"expectedEffect\": \"零投诉\"}";
        return "{\"_id\": {\"$oid\": \"" + id + "\"}, \"kind\": \"MEMBER\", \"campaignYear\": " + f.year + ", "
                + "\"proposerPersonNo\": \"M1\", \"proposerName\": \"姓名M1\", \"filer\": \"member:M1\", "
                + "\"status\": \"APPROVED\", " + "\"items\": [{\"draft\": " + draft1
                + ", \"status\": \"PLANNED\", \"progress\": [], \"inspections\": []}, " + "{\"draft\": " + draft2
                + ", \"status\": \"PLANNED\", \"progress\": [], \"inspections\": []}], "
                + "\"rounds\": [{\"no\": 1, \"items\": [" + draft1 + ", " + draft2 + "], \"submittedBy\": \"M1\", "
                + "\"submittedAt\": {\"$date\": \"2026-03-01T02:00:00Z\"}, "
                + "\"reviews\": [{\"itemNo\": 1, \"checks\": " + checks + "}, {\"itemNo\": 2, \"checks\": " + checks
                + "}], "
                + "\"decision\": \"APPROVE\", \"reviewedBy\": \"L1\", \"reviewedAt\": {\"$date\": \"2026-03-02T02:00:00Z\"}}], "
                + "\"bureauId\": \"" + f.bureau + "\", \"version\": 3, "
                + "\"outbox\": {\"events\": [], \"audit\": []}, "
                + "\"_class\": \"cn.sangang.pledge.pledge.PledgeDocument\"}";
    }
}
