package cn.sangang.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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

    public String nominateIndividual(String personNo) {
        return expect(201, secretary().post("/api/post/posts", Map.of("kind", "INDIVIDUAL", "title", personNo + "示范岗",
                "holderPersonNo", personNo, "statements", statements()))).json().path("id").asString();
    }

    public String nominateCollective(String unitCode) {
        return expect(201, secretary().post("/api/post/posts", Map.of("kind", "COLLECTIVE", "title", unitCode + "集体示范岗",
                "unitCode", unitCode, "statements", statements()))).json().path("id").asString();
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
        String election = expect(201,
                secretary().post("/api/post/elections",
                        Map.of("title", "推选", "candidatePostIds", java.util.List.of(id), "seats", 1)))
                .json().path("id").asString();
        expect(204, as("M1", "MEMBER").post("/api/post/elections/" + election + "/ballots",
                Map.of("choices", java.util.List.of(id))));
        expect(200, secretary().post("/api/post/elections/" + election + "/close", null));
        expect(200, leader().post("/api/post/posts/" + id + "/plaque",
                Map.of("plaqueNo", plaqueNo, "awardedOn", LocalDate.now(Quarter.BUREAU_TIME).toString())));
        return id;
    }

    public static Api.Response expect(int status, Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
