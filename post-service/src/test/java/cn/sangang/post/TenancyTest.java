package cn.sangang.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.sangang.events.Quarter;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EndpointSweep;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/**
 * Every endpoint, called by a caller of another bureau holding every role and the same person numbers: it reads
 * nothing of this bureau and changes nothing. The county office is refused everywhere.
 */
@PostServiceTest
class TenancyTest {


    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    PostFixture a;
    String postId;
    String electionId;


    @BeforeEach
    void bureauWithData() {
        a = new PostFixture(port);
        postId = a.awardedCollective("linzheng", "TEN-001");
        String nominee = a.nominateIndividual("M3");
        electionId = PostFixture.expect(201, a.secretary().post("/api/post/elections", Map.of("title", "甲局推选",
            "candidatePostIds", List.of(nominee), "seats", 1))).json().path("id").asString();
    }

    Map<String, EndpointSweep.Call> calls() {
        String quarter = Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString();
        Map<String, EndpointSweep.Call> calls = new LinkedHashMap<>();
        calls.put("GET /api/post/audit", new EndpointSweep.Call("GET", "/api/post/audit", null));
        calls.put("GET /api/post/posts", new EndpointSweep.Call("GET", "/api/post/posts", null));
        calls.put("GET /api/post/posts.xlsx", new EndpointSweep.Call("GET", "/api/post/posts.xlsx", null));
        calls.put("GET /api/post/posts/{id}", new EndpointSweep.Call("GET", "/api/post/posts/" + postId, null));
        calls.put("POST /api/post/posts", new EndpointSweep.Call("POST", "/api/post/posts", Map.of("kind", "COLLECTIVE", "title", "乙",
            "unitCode", "linzheng", "statements", PostFixture.statements())));
        calls.put("POST /api/post/posts/{id}/resolution", new EndpointSweep.Call("POST", "/api/post/posts/" + postId + "/resolution",
            Map.of("resolutionNo", "x", "meetingDate", LocalDate.now(Quarter.BUREAU_TIME).toString())));
        calls.put("POST /api/post/posts/{id}/plaque", new EndpointSweep.Call("POST", "/api/post/posts/" + postId + "/plaque",
            Map.of("plaqueNo", "X-1", "awardedOn", LocalDate.now(Quarter.BUREAU_TIME).toString())));
        calls.put("POST /api/post/posts/{id}/assessments", new EndpointSweep.Call("POST", "/api/post/posts/" + postId + "/assessments",
            Map.of("quarter", quarter, "result", "PASS", "findings", "x", "remedy", "NONE")));
        calls.put("POST /api/post/posts/{id}/assessments/{quarter}/rectified", new EndpointSweep.Call("POST",
            "/api/post/posts/" + postId + "/assessments/" + quarter + "/rectified", Map.of("note", "x")));
        calls.put("POST /api/post/posts/{id}/veto", new EndpointSweep.Call("POST", "/api/post/posts/" + postId + "/veto",
            Map.of("cause", "VETO_IMAGE", "facts", "x")));
        calls.put("GET /api/post/assessment-settings", new EndpointSweep.Call("GET", "/api/post/assessment-settings", null));
        calls.put("PUT /api/post/assessment-settings", new EndpointSweep.Call("PUT", "/api/post/assessment-settings",
            Map.of("minAnswers", 5, "assessWithinLastDays", 3)));
        calls.put("GET /api/post/election-rule", new EndpointSweep.Call("GET", "/api/post/election-rule", null));
        calls.put("PUT /api/post/election-rule", new EndpointSweep.Call("PUT", "/api/post/election-rule", Map.of("winningRule", "PLURALITY")));
        calls.put("GET /api/post/elections", new EndpointSweep.Call("GET", "/api/post/elections", null));
        calls.put("GET /api/post/elections/{id}", new EndpointSweep.Call("GET", "/api/post/elections/" + electionId, null));
        calls.put("POST /api/post/elections", new EndpointSweep.Call("POST", "/api/post/elections", Map.of("title", "乙",
            "candidatePostIds", List.of(postId), "seats", 1)));
        calls.put("POST /api/post/elections/{id}/ballots", new EndpointSweep.Call("POST", "/api/post/elections/" + electionId + "/ballots",
            Map.of("choices", List.of(postId))));
        calls.put("POST /api/post/elections/{id}/close", new EndpointSweep.Call("POST", "/api/post/elections/" + electionId + "/close", null));
        return calls;
    }

    @Test
    void the_sweep_covers_every_endpoint_the_service_exposes() {
        assertThat(new TreeSet<>(calls().keySet())).isEqualTo(EndpointSweep.endpoints(mappings));
    }

    @Test
    void a_caller_of_another_bureau_reads_nothing_and_changes_nothing_on_any_endpoint() {
        String other = TestBureaus.fresh();
        PostServiceTest.ZONE.person(other, "M1", "linzheng", true);
        String before = snapshot();
        Api intruder = Api.at(port).as(TestTokens.token(other, "M1",
            "MEMBER", "UNIT_HEAD", "LEADER", "SECRETARY", "OFFICE", "ADMIN"));

        EndpointSweep.assertNothingLeaks(intruder, calls(), postId, electionId, "甲局", "TEN-001");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void the_county_office_is_refused_every_bureau_endpoint() {
        String before = snapshot();
        Api county = Api.at(port).as(TestTokens.county());

        EndpointSweep.assertAllRefused(county, calls(), 403);
        assertThat(snapshot()).isEqualTo(before);
    }

    private String snapshot() {
        return EndpointSweep.snapshot(a.as("ALL", "LEADER", "SECRETARY", "OFFICE"), List.of("/api/post/posts",
            "/api/post/elections", "/api/post/election-rule", "/api/post/assessment-settings", "/api/post/audit?limit=1000"));
    }
}
