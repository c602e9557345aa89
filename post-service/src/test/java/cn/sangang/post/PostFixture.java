package cn.sangang.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.sangang.events.Quarter;
import cn.sangang.post.post.domain.Standard;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/** A bureau of its own with a stub roster, and the steps of a post's life through the API. */
public final class PostFixture {

    public final String bureau = TestBureaus.fresh();
    private final Api api;

    public PostFixture(int port) {
        this.api = Api.at(port);
        PostServiceTest.ZONE.person(bureau, "M1", "linzheng", true).person(bureau, "M2", "linzheng", true)
                .person(bureau, "M3", "fazhi", true).person(bureau, "M4", "fazhi", true)
                .person(bureau, "N1", "xingzhen", false).person(bureau, "M5", "xingzhen", true)
                .person(bureau, "M6", "office", true).person(bureau, "M7", "office", true);
    }

    public Api as(String memberId, String... roles) {
        return api.as(TestTokens.token(bureau, memberId, roles));
    }

    public Api leader() {
        return as("L1", "LEADER", "MEMBER");
    }

    public Api secretary() {
        return as("S1", "SECRETARY", "MEMBER");
    }

    /**
     * Lets this bureau assess the current quarter before it ends (its last 92 days: all of it), for tests whose
     * subject is what an assessment does rather than when it may be made.
     */
    public PostFixture assessingThisQuarter() {
        expect(200, leader().put("/api/post/assessment-settings", Map.of("minAnswers", 0, "assessWithinLastDays", 92)));
        return this;
    }

    public static Map<String, String> statements() {
        Map<String, String> all = new LinkedHashMap<>();
        for (Standard standard : Standard.values()) {
            all.put(standard.name(), "在" + standard.name() + "方面的具体表现");
        }
        return all;
    }

    /** The nomination of {@code holder} to an individual post, answering every standard. */
    public static Map<String, Object> individual(String title, String holder) {
        return Map.of("kind", "INDIVIDUAL", "title", title, "holderPersonNo", holder, "statements", statements());
    }

    /** The nomination of the whole unit {@code unitCode} to a collective post, answering every standard. */
    public static Map<String, Object> collective(String title, String unitCode) {
        return Map.of("kind", "COLLECTIVE", "title", title, "unitCode", unitCode, "statements", statements());
    }

    /** The secretary's {@code nomination}: {@link #individual} or {@link #collective}. */
    public Api.Response nominate(Map<String, Object> nomination) {
        return secretary().post("/api/post/posts", nomination);
    }

    public String nominateIndividual(String personNo) {
        return expect(201, nominate(individual(personNo + "示范岗", personNo))).json().path("id").asString();
    }

    public String nominateCollective(String unitCode) {
        return expect(201, nominate(collective(unitCode + "集体示范岗", unitCode))).json().path("id").asString();
    }

    /** An election of one seat among {@code candidates}. */
    public static Map<String, Object> election(String title, String... candidates) {
        return Map.of("title", title, "candidatePostIds", List.of(candidates), "seats", 1);
    }

    /** An election of one seat among {@code candidates}, opened by the secretary; returns its id. */
    public String openElection(String title, String... candidates) {
        return expect(201, secretary().post("/api/post/elections", election(title, candidates))).json().path("id")
                .asString();
    }

    /** The ballot of the party member {@code voter} in {@code election}. */
    public Api.Response vote(String voter, String election, String... choices) {
        return as(voter, "MEMBER").post("/api/post/elections/" + election + "/ballots",
                Map.of("choices", List.of(choices)));
    }

    /** The bureau's day {@code days} from today. */
    public static LocalDate inDays(int days) {
        return LocalDate.now(Quarter.BUREAU_TIME).plusDays(days);
    }

    public static String thisQuarter() {
        return Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString();
    }

    /** A leader's verdict on {@code quarter} with no deadline: a pass, or a fail that adjusts or needs no remedy. */
    public static Map<String, Object> assessment(String quarter, String result, String remedy) {
        return Map.of("quarter", quarter, "result", result, "findings", "群众满意度高", "remedy", remedy);
    }

    public static Map<String, Object> passed(String quarter) {
        return assessment(quarter, "PASS", "NONE");
    }

    /** A failed {@code quarter} whose findings the post must rectify by {@code deadline}. */
    public static Map<String, Object> rectification(String quarter, LocalDate deadline) {
        return Map.of("quarter", quarter, "result", "FAIL", "findings", "服务态度投诉", "remedy", "RECTIFY", "deadline",
                deadline.toString());
    }

    /** A collective post established by resolution and awarded its plaque; returns its id. */
    public String awardedCollective(String unitCode, String plaqueNo) {
        String id = nominateCollective(unitCode);
        expect(200, leader().post("/api/post/posts/" + id + "/resolution", Map.of("resolutionNo", "局务会〔2026〕3号",
                "meetingDate", LocalDate.now(Quarter.BUREAU_TIME).minusDays(3).toString())));
        expect(200, leader().post("/api/post/posts/" + id + "/plaque",
                Map.of("plaqueNo", plaqueNo, "awardedOn", LocalDate.now(Quarter.BUREAU_TIME).toString())));
        return id;
    }

    /** An individual post elected (the only candidate, one seat) and awarded its plaque; returns its id. */
    public String awardedIndividual(String personNo, String plaqueNo) {
        String id = nominateIndividual(personNo);
        String election = openElection("推选", id);
        expect(204, vote("M1", election, id));
        expect(200, secretary().post("/api/post/elections/" + election + "/close", null));
        expect(200, leader().post("/api/post/posts/" + id + "/plaque",
                Map.of("plaqueNo", plaqueNo, "awardedOn", LocalDate.now(Quarter.BUREAU_TIME).toString())));
        return id;
    }

    /** The leader's {@code assessment} of {@code post}'s quarter. */
    public Api.Response assess(String post, Map<String, Object> assessment) {
        return leader().post("/api/post/posts/" + post + "/assessments", assessment);
    }

    /** The secretary closing the rectification ordered in {@code post}'s {@code quarter}. */
    public Api.Response rectified(String post, String quarter, String note) {
        return secretary().post("/api/post/posts/" + post + "/assessments/" + quarter + "/rectified",
                Map.of("note", note));
    }

    /** The leader revoking {@code post} at once for one of the four {@code cause}s. */
    public Api.Response veto(String post, String cause, String facts) {
        return leader().post("/api/post/posts/" + post + "/veto", Map.of("cause", cause, "facts", facts));
    }

    public static Api.Response expect(int status, Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
