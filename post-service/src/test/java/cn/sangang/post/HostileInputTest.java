package cn.sangang.post;

import static cn.sangang.post.PostFixture.expect;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.sangang.events.Quarter;
import cn.sangang.testkit.HostileInputSuite;
import cn.sangang.testkit.HostileSweep;
import cn.sangang.testkit.HostileSweep.Call;
import cn.sangang.testkit.HostileSweep.Target;
import cn.sangang.testkit.TestTokens;

/**
 * Hostile input to every state-changing endpoint, by a caller allowed to use it: malformed JSON, wrong types,
 * operator keys, huge and deep bodies and hostile ids are refused with a problem and write nothing; hostile text
 * that is valid text is stored and returned verbatim; edge values and generated bodies never cause a server error.
 * Elections are opened in a bureau of their own, since a bureau has one open election at a time.
 */
@PostServiceTest
class HostileInputTest implements HostileInputSuite {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MongoTemplate mongo;

    PostFixture a;
    PostFixture opener;
    HostileSweep sweep;
    String candidate;
    String election;
    String openerCandidate;
    final String quarter = Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString();
    final AtomicInteger serial = new AtomicInteger();
    final AtomicReference<String> nominated = new AtomicReference<>();
    final AtomicReference<String> established = new AtomicReference<>();
    final AtomicReference<String> awarded = new AtomicReference<>();
    final AtomicReference<String> toVeto = new AtomicReference<>();
    final AtomicReference<String> failed = new AtomicReference<>();

    @BeforeEach
    void bureausWithPosts() {
        a = new PostFixture(port).assessingThisQuarter();
        candidate = a.nominateIndividual("M3");
        election = expect(201, a.secretary().post("/api/post/elections", Map.of("title", "推选",
            "candidatePostIds", List.of(candidate), "seats", 1))).json().path("id").asString();
        opener = new PostFixture(port);
        openerCandidate = opener.nominateIndividual("M3");
        nominated.set(a.nominateCollective(freshUnit()));
        newEstablished();
        newAwarded();
        newToVeto();
        newFailed();
        sweep = new HostileSweep(port, mongo.getDb());
    }

    @Override
    public List<Target> targets() {
        String secretary = token(a, "S1", "SECRETARY", "MEMBER");
        String leader = token(a, "L1", "LEADER", "MEMBER");
        return List.of(
            Target.of("POST /api/post/posts", a.bureau, secretary, "/api/post/posts", () -> Map.of("kind", "INDIVIDUAL",
                "title", "示范岗", "holderPersonNo", freshMember(a), "statements", PostFixture.statements())),
            target(a, "POST /api/post/posts/{id}/resolution", leader,
                () -> "/api/post/posts/" + nominated.get() + "/resolution",
                () -> Map.of("resolutionNo", "局务会〔2026〕3号", "meetingDate", LocalDate.now(Quarter.BUREAU_TIME).minusDays(1).toString()))
                .renewedBy(() -> nominated.set(a.nominateCollective(freshUnit()))),
            target(a, "POST /api/post/posts/{id}/plaque", leader, () -> "/api/post/posts/" + established.get() + "/plaque",
                () -> Map.of("plaqueNo", "HP-" + serial.incrementAndGet(), "awardedOn", LocalDate.now(Quarter.BUREAU_TIME).toString(),
                    "hangsAt", "大厅"))
                .renewedBy(this::newEstablished),
            target(a, "POST /api/post/posts/{id}/assessments", leader,
                () -> "/api/post/posts/" + awarded.get() + "/assessments",
                () -> Map.of("quarter", quarter, "result", "PASS", "findings", "表现良好", "remedy", "NONE"))
                .renewedBy(this::newAwarded),
            target(a, "POST /api/post/posts/{id}/assessments/{quarter}/rectified", leader,
                () -> "/api/post/posts/" + failed.get() + "/assessments/" + quarter + "/rectified",
                () -> Map.of("note", "已整改"))
                .renewedBy(this::newFailed),
            target(a, "POST /api/post/posts/{id}/veto", leader, () -> "/api/post/posts/" + toVeto.get() + "/veto",
                () -> Map.of("cause", "VETO_IMAGE", "facts", "造成不良影响"))
                .renewedBy(this::newToVeto),
            Target.of("PUT /api/post/assessment-settings", a.bureau, leader, "/api/post/assessment-settings",
                () -> Map.of("minAnswers", 0, "assessWithinLastDays", 92)),
            Target.of("PUT /api/post/election-rule", a.bureau, secretary, "/api/post/election-rule",
                () -> Map.of("winningRule", "PLURALITY")),
            target(opener, "POST /api/post/elections", token(opener, "S1", "SECRETARY", "MEMBER"),
                () -> "/api/post/elections",
                () -> Map.of("title", "推选", "candidatePostIds", List.of(openerCandidate), "seats", 1))
                .renewedBy(this::closeOpenersElection),
            new Target("POST /api/post/elections/{id}/ballots", true, () -> new Call(a.bureau,
                token(a, freshMember(a), "MEMBER"), "/api/post/elections/" + election + "/ballots",
                Map.of("choices", List.of(candidate))), null),
            Target.of("POST /api/post/elections/{id}/close", a.bureau, secretary,
                "/api/post/elections/" + election + "/close", null));
    }

    @Override
    public HostileSweep sweep() {
        return sweep;
    }

    @Override
    public RequestMappingHandlerMapping mappings() {
        return mappings;
    }

    private static Target target(PostFixture bureau, String endpoint, String token, Supplier<String> path,
                                 Supplier<Object> body) {
        return new Target(endpoint, true, () -> new Call(bureau.bureau, token, path.get(), body.get()), null);
    }

    private static String token(PostFixture bureau, String member, String... roles) {
        return TestTokens.token(bureau.bureau, member, roles);
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
        expect(200, a.leader().post("/api/post/posts/" + id + "/resolution",
            Map.of("resolutionNo", "局务会〔2026〕5号", "meetingDate", LocalDate.now(Quarter.BUREAU_TIME).minusDays(1).toString())));
        established.set(id);
    }

    private String newAwardedPost() {
        return a.awardedCollective(freshUnit(), "HA-" + serial.incrementAndGet());
    }

    private void newAwarded() {
        awarded.set(newAwardedPost());
    }

    private void newToVeto() {
        toVeto.set(newAwardedPost());
    }

    private void newFailed() {
        String id = newAwardedPost();
        expect(200, a.leader().post("/api/post/posts/" + id + "/assessments", Map.of("quarter", quarter,
            "result", "FAIL", "findings", "未达标", "remedy", "RECTIFY",
            "deadline", LocalDate.now(Quarter.BUREAU_TIME).plusDays(30).toString())));
        failed.set(id);
    }

    private void closeOpenersElection() {
        String open = opener.secretary().get("/api/post/elections").json().path(0).path("id").asString();
        expect(200, opener.secretary().post("/api/post/elections/" + open + "/close", null));
        openerCandidate = opener.nominateIndividual(freshMember(opener));
    }
}
