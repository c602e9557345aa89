package cn.sangang.post;

import static cn.sangang.post.PostFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;

import cn.sangang.events.Quarter;

/**
 * Posts and elections are stored under the names they always had, whatever classes map them, so that what is
 * already stored stays readable: the collection, the document's class hint, and every field of the nested parts.
 */
@PostServiceTest
class StoredDocumentsTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoOperations mongo;

    @Test
    void a_post_with_its_establishment_plaque_assessment_and_revocation_is_stored_under_its_old_names() {
        PostFixture f = new PostFixture(port).assessingThisQuarter();
        String id = f.awardedCollective("linzheng", "STO-001");
        String thisQuarter = Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString();
        expect(200,
                f.leader().post("/api/post/posts/" + id + "/assessments",
                        Map.of("quarter", thisQuarter, "result", "FAIL", "findings", "x", "remedy", "RECTIFY",
                                "deadline", LocalDate.now(Quarter.BUREAU_TIME).plusDays(9).toString())));
        expect(200, f.secretary().post("/api/post/posts/" + id + "/assessments/" + thisQuarter + "/rectified",
                Map.of("note", "已整改")));
        expect(200, f.leader().post("/api/post/posts/" + id + "/veto", Map.of("cause", "VETO_IMAGE", "facts", "x")));

        Document stored = mongo.findById(id, Document.class, "posts");

        assertThat(stored.getString("_class")).isEqualTo("cn.sangang.post.post.PostDocument");
        assertThat(stored.keySet()).contains("bureauId", "version", "kind", "title", "unitCode", "unitName",
                "statements", "status", "establishment", "plaque", "assessments", "revocation", "flags");
        assertThat(stored.get("establishment", Document.class).keySet()).containsExactlyInAnyOrder("resolutionNo",
                "meetingDate", "recordedBy", "at");
        assertThat(stored.get("plaque", Document.class).keySet()).containsExactlyInAnyOrder("no", "code", "awardedOn",
                "hangsAt", "reclaimedAt", "reclaimedBy");
        assertThat(stored.getList("assessments", Document.class)).singleElement()
                .satisfies(a -> assertThat(a.keySet()).containsExactlyInAnyOrder("quarter", "result", "findings",
                        "remedy", "deadline", "assessedBy", "at", "rectifiedAt", "rectifiedBy", "rectificationNote"));
        assertThat(stored.get("revocation", Document.class).keySet()).containsExactlyInAnyOrder("cause", "facts", "at",
                "by", "quarter");
        assertThat(stored.toJson()).as("no nested class hints").doesNotContain("cn.sangang.post.post.domain");
    }

    @Test
    void an_election_is_stored_under_its_old_names() {
        PostFixture f = new PostFixture(port);
        String post = f.nominateIndividual("M1");
        String election = expect(201,
                f.secretary().post("/api/post/elections",
                        Map.of("title", "推选", "candidatePostIds", List.of(post), "seats", 1)))
                .json().path("id").asString();
        expect(200, f.secretary().post("/api/post/elections/" + election + "/close", null));

        Document stored = mongo.findById(election, Document.class, "elections");

        assertThat(stored.getString("_class")).isEqualTo("cn.sangang.post.election.ElectionDocument");
        assertThat(stored.keySet()).contains("bureauId", "version", "title", "candidates", "seats", "rule", "status",
                "openedBy", "openedAt", "voters", "tally", "ballots", "winners", "closedBy", "closedAt", "applied");
        assertThat(stored.getString("status")).isEqualTo("CLOSED");
        assertThat(stored.getList("candidates", Document.class)).singleElement()
                .satisfies(c -> assertThat(c.keySet()).containsExactlyInAnyOrder("postId", "title", "holderName"));
        assertThat(stored.toJson()).as("no nested class hints").doesNotContain("cn.sangang.post.election.domain");
    }
}
