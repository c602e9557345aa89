package cn.sangang.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.sangang.events.Quarter;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.AuditSweep;
import cn.sangang.testkit.AuditTrailContract;

/**
 * Every state-changing endpoint, called once with success in the order a bureau would, leaves its audit record
 * naming who did what to which aggregate — the action {@link PostEndpoints} names for it; an endpoint without one
 * is listed there with the reason.
 */
@PostServiceTest
class AuditTrailTest extends AuditTrailContract {

    PostFixture f;

    AuditTrailTest() {
        super(PostEndpoints.CATALOGUE, "/api/post/audit");
    }

    @Override
    protected Api bureauAndItsTrailReader() {
        f = new PostFixture(port);
        return f.leader();
    }

    @Override
    protected void walk(AuditSweep sweep) {
        AuditSweep.Caller secretary = sweep.by(f.secretary(), "S1");
        AuditSweep.Caller leader = sweep.by(f.leader(), "L1");
        String quarter = Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString();

        secretary.put("/api/post/election-rule", Map.of("winningRule", "PLURALITY")).leaves("election.rule-set",
                "ElectionSettings", f.bureau);
        leader.put("/api/post/assessment-settings", Map.of("minAnswers", 0, "assessWithinLastDays", 92))
                .leaves("post.assessment-settings-set", "AssessmentSettings", f.bureau);

        String collective = secretary.post("/api/post/posts", Map.of("kind", "COLLECTIVE", "title", "林政股集体示范岗",
                "unitCode", "linzheng", "statements", PostFixture.statements())).leaves("post.nominated", "Post")
                .entry().aggregateId();
        leader.post("/api/post/posts/" + collective + "/resolution",
                Map.of("resolutionNo", "局务会〔2026〕3号", "meetingDate",
                        LocalDate.now(Quarter.BUREAU_TIME).minusDays(3).toString()))
                .leaves("post.established", "Post", collective);
        leader.post("/api/post/posts/" + collective + "/plaque",
                Map.of("plaqueNo", "AUD-001", "awardedOn", LocalDate.now(Quarter.BUREAU_TIME).toString()))
                .leaves("post.awarded", "Post", collective);
        leader.post("/api/post/posts/" + collective + "/assessments",
                Map.of("quarter", quarter, "result", "FAIL", "findings", "服务态度投诉", "remedy", "RECTIFY", "deadline",
                        LocalDate.now(Quarter.BUREAU_TIME).plusDays(30).toString()))
                .leaves("post.assessed", "Post", collective);
        secretary.post("/api/post/posts/" + collective + "/assessments/" + quarter + "/rectified",
                Map.of("note", "已整改到位")).leaves("post.rectified", "Post", collective);
        leader.post("/api/post/posts/" + collective + "/veto", Map.of("cause", "VETO_IMAGE", "facts", "造成不良影响"))
                .leaves("post.vetoed", "Post", collective);

        String individual = secretary.post("/api/post/posts", Map.of("kind", "INDIVIDUAL", "title", "M3示范岗",
                "holderPersonNo", "M3", "statements", PostFixture.statements())).leaves("post.nominated", "Post")
                .entry().aggregateId();
        String election = secretary
                .post("/api/post/elections", Map.of("title", "推选", "candidatePostIds", List.of(individual), "seats", 1))
                .leaves("election.opened", "Election").entry().aggregateId();
        // The ballot's record names no voter, by design: next to the tally it would link a voter to a choice.
        sweep.by(f.as("M1", "MEMBER"), "secret-ballot")
                .post("/api/post/elections/" + election + "/ballots", Map.of("choices", List.of(individual)))
                .leaves("election.voted", "Election", election);
        secretary.post("/api/post/elections/" + election + "/close", null).leaves("election.closed", "Election",
                election);
    }
}
