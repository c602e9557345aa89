package cn.sangang.post;

import static cn.sangang.post.PostFixture.expect;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import cn.sangang.events.Quarter;
import cn.sangang.testkit.EndpointFixture;
import cn.sangang.testkit.EndpointFixture.Caller;

/**
 * A valid call of every endpoint in {@link PostEndpoints#CATALOGUE}, made of a bureau's real ids: a nominated
 * candidate in an open election, and posts at each step a call takes them from (nominated, established, awarded,
 * failed), renewed after each accepted call. Opening an election is called in a bureau of its own, since a bureau
 * has one open election at a time. The tenancy, role and hostile-input sweeps all send these calls.
 */
final class Endpoints {

    static final Caller SECRETARY = Caller.as("S1", "SECRETARY", "MEMBER");
    static final Caller LEADER = Caller.as("L1", "LEADER", "MEMBER");

    final PostFixture a;
    final PostFixture opener;
    final String candidate;
    final String election;
    private String openerCandidate;
    private final String quarter = Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString();
    private final AtomicInteger serial = new AtomicInteger();
    private final AtomicReference<String> nominated = new AtomicReference<>();
    private final AtomicReference<String> established = new AtomicReference<>();
    private final AtomicReference<String> awarded = new AtomicReference<>();
    private final AtomicReference<String> toVeto = new AtomicReference<>();
    private final AtomicReference<String> failed = new AtomicReference<>();

    Endpoints(int port) {
        a = new PostFixture(port).assessingThisQuarter();
        candidate = a.nominateIndividual("M3");
        election = expect(201,
                a.secretary().post("/api/post/elections",
                        Map.of("title", "推选", "candidatePostIds", List.of(candidate), "seats", 1)))
                .json().path("id").asString();
        opener = new PostFixture(port);
        openerCandidate = opener.nominateIndividual("M3");
        nominated.set(a.nominateCollective(freshUnit()));
        newEstablished();
        awarded.set(newAwardedPost());
        toVeto.set(newAwardedPost());
        newFailed();
    }

    /** The ids of this bureau's posts and election the calls name. */
    List<String> ids() {
        return List.of(candidate, election, nominated.get(), established.get(), awarded.get(), toVeto.get(),
                failed.get());
    }

    EndpointFixture fixture() {
        String today = LocalDate.now(Quarter.BUREAU_TIME).toString();
        return new EndpointFixture(a.bureau)
                // First, so a sweep reads the trail before its own writes add to it.
                .read("GET /api/post/audit", LEADER, "/api/post/audit")
                .read("GET /api/post/posts", LEADER, "/api/post/posts")
                .read("GET /api/post/posts.xlsx", LEADER, "/api/post/posts.xlsx")
                .read("GET /api/post/posts/{id}", LEADER, "/api/post/posts/" + candidate)
                .call("POST /api/post/posts", SECRETARY, "/api/post/posts",
                        () -> Map.of("kind", "INDIVIDUAL", "title", "示范岗", "holderPersonNo", freshMember(a),
                                "statements", PostFixture.statements()))
                .call("POST /api/post/posts/{id}/resolution", LEADER,
                        () -> "/api/post/posts/" + nominated.get() + "/resolution",
                        () -> Map.of("resolutionNo", "局务会〔2026〕3号", "meetingDate",
                                LocalDate.now(Quarter.BUREAU_TIME).minusDays(1).toString()),
                        () -> nominated.set(a.nominateCollective(freshUnit())))
                .call("POST /api/post/posts/{id}/plaque", LEADER,
                        () -> "/api/post/posts/" + established.get() + "/plaque",
                        () -> Map.of("plaqueNo", "HP-" + serial.incrementAndGet(), "awardedOn", today, "hangsAt", "大厅"),
                        this::newEstablished)
                .call("POST /api/post/posts/{id}/assessments", LEADER,
                        () -> "/api/post/posts/" + awarded.get() + "/assessments",
                        () -> Map.of("quarter", quarter, "result", "PASS", "findings", "表现良好", "remedy", "NONE"),
                        () -> awarded.set(newAwardedPost()))
                .call("POST /api/post/posts/{id}/assessments/{quarter}/rectified", LEADER,
                        () -> "/api/post/posts/" + failed.get() + "/assessments/" + quarter + "/rectified",
                        () -> Map.of("note", "已整改"), this::newFailed)
                .call("POST /api/post/posts/{id}/veto", LEADER, () -> "/api/post/posts/" + toVeto.get() + "/veto",
                        () -> Map.of("cause", "VETO_IMAGE", "facts", "造成不良影响"), () -> toVeto.set(newAwardedPost()))
                .read("GET /api/post/assessment-settings", LEADER, "/api/post/assessment-settings")
                .call("PUT /api/post/assessment-settings", LEADER, "/api/post/assessment-settings",
                        () -> Map.of("minAnswers", 0, "assessWithinLastDays", 92))
                .read("GET /api/post/election-rule", LEADER, "/api/post/election-rule")
                .call("PUT /api/post/election-rule", SECRETARY, "/api/post/election-rule",
                        () -> Map.of("winningRule", "PLURALITY"))
                .read("GET /api/post/elections", LEADER, "/api/post/elections")
                .read("GET /api/post/elections/{id}", LEADER, "/api/post/elections/" + election)
                .call("POST /api/post/elections", SECRETARY.in(opener.bureau), () -> "/api/post/elections",
                        () -> Map.of("title", "推选", "candidatePostIds", List.of(openerCandidate), "seats", 1),
                        this::closeOpenersElection)
                // A ballot uses up its voter: each is cast by a party member who has not voted yet.
                .call("POST /api/post/elections/{id}/ballots", Caller.as(() -> freshMember(a), "MEMBER"),
                        () -> "/api/post/elections/" + election + "/ballots",
                        () -> Map.of("choices", List.of(candidate)), null)
                .call("POST /api/post/elections/{id}/close", SECRETARY, "/api/post/elections/" + election + "/close",
                        null);
    }

    /** A party member of the stub roster no one has nominated or heard from yet. */
    private String freshMember(PostFixture bureau) {
        String personNo = "P" + serial.incrementAndGet();
        PostServiceTest.ZONE.person(bureau.bureau, personNo, "linzheng", true);
        return personNo;
    }

    /** A unit of one party member, so a collective post may be nominated for it. */
    private String freshUnit() {
        String unit = "unit" + serial.incrementAndGet();
        PostServiceTest.ZONE.person(a.bureau, "U" + serial.get(), unit, true);
        return unit;
    }

    private void newEstablished() {
        String id = a.nominateCollective(freshUnit());
        expect(200, a.leader().post("/api/post/posts/" + id + "/resolution", Map.of("resolutionNo", "局务会〔2026〕5号",
                "meetingDate", LocalDate.now(Quarter.BUREAU_TIME).minusDays(1).toString())));
        established.set(id);
    }

    private String newAwardedPost() {
        return a.awardedCollective(freshUnit(), "HA-" + serial.incrementAndGet());
    }

    private void newFailed() {
        String id = newAwardedPost();
        expect(200,
                a.leader().post("/api/post/posts/" + id + "/assessments",
                        Map.of("quarter", quarter, "result", "FAIL", "findings", "未达标", "remedy", "RECTIFY", "deadline",
                                LocalDate.now(Quarter.BUREAU_TIME).plusDays(30).toString())));
        failed.set(id);
    }

    private void closeOpenersElection() {
        String open = opener.secretary().get("/api/post/elections").json().path(0).path("id").asString();
        expect(200, opener.secretary().post("/api/post/elections/" + open + "/close", null));
        openerCandidate = opener.nominateIndividual(freshMember(opener));
    }
}
