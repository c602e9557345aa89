package cn.sangang.post.election;

import static cn.sangang.post.PostFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;

import cn.sangang.post.PostFixture;
import cn.sangang.post.PostServiceTest;
import cn.sangang.testkit.Api;

@PostServiceTest
class ElectionTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoOperations mongo;

    @Autowired
    Clock clock;

    PostFixture f;
    String m1Post;
    String m3Post;
    String electionId;

    @BeforeEach
    void election() {
        f = new PostFixture(port);
        m1Post = f.nominateIndividual("M1");
        m3Post = f.nominateIndividual("M3");
        electionId = f.openElection("2026年度党员示范岗推选", m1Post, m3Post);
    }

    Api.Response vote(String member, String... choices) {
        return f.vote(member, electionId, choices);
    }

    @Test
    void each_party_member_votes_once_per_election() {
        assertThat(vote("M1", m1Post).status()).isEqualTo(204);

        var again = vote("M1", m3Post);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asString()).isEqualTo("election.already-voted");
        expect(200, f.secretary().post("/api/post/elections/" + electionId + "/close", null));
        var result = f.leader().get("/api/post/elections/" + electionId).json();
        assertThat(result.path("ballots").asInt()).isEqualTo(1);
        assertThat(result.path("tally").path(m1Post).asInt()).isEqualTo(1);
        assertThat(result.path("tally").path(m3Post).asInt()).isZero();
    }

    @Test
    void concurrent_ballots_of_one_member_count_once() {
        List<CompletableFuture<Integer>> ballots = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ballots.add(CompletableFuture.supplyAsync(() -> vote("M2", m1Post).status()));
        }

        assertThat(ballots.stream().map(CompletableFuture::join).toList()).containsOnlyOnce(204);
        expect(200, f.secretary().post("/api/post/elections/" + electionId + "/close", null));
        assertThat(f.leader().get("/api/post/elections/" + electionId).json().path("ballots").asInt()).isEqualTo(1);
    }

    @Test
    void the_ballot_is_secret_nothing_stored_or_shown_links_a_voter_to_a_choice() {
        vote("M1", m3Post);
        vote("M2", m1Post);

        var whileOpen = f.leader().get("/api/post/elections/" + electionId).json();
        assertThat(whileOpen.path("tally").isNull() || whileOpen.path("tally").isMissingNode()).isTrue();
        Document stored = mongo.findById(electionId, Document.class, "elections");
        assertThat(stored.getList("voters", String.class)).containsExactlyInAnyOrder("M1", "M2");
        assertThat(stored.get("tally", Document.class).keySet()).containsExactlyInAnyOrder(m1Post, m3Post);
        assertThat(stored.toJson()).doesNotContain("\"M1\": \"" + m3Post).doesNotContain("ballotsOf");
        assertThat(stored.keySet()).doesNotContain("ballotList", "choices");
        await().atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(f.leader().get("/api/post/audit?aggregateId=" + electionId).json())
                        .filteredOn(a -> a.path("action").asString().equals("election.voted")).hasSize(2)
                        .allSatisfy(a -> assertThat(a.path("actor").asString()).as("a ballot's audit names no voter")
                                .isEqualTo("secret-ballot")));
    }

    @Test
    void only_party_members_vote_and_only_for_candidates_up_to_the_seats() {
        assertThat(vote("N1", m1Post).status()).isEqualTo(403);
        assertThat(vote("M1", m1Post, m3Post).status()).isEqualTo(422);
        assertThat(vote("M1", "0123456789abcdef01234567").status()).isEqualTo(422);
        assertThat(f.as("M1", "LEADER")
                .post("/api/post/elections/" + electionId + "/ballots", Map.of("choices", List.of(m1Post))).status())
                .isEqualTo(403);
    }

    @Test
    void closing_by_the_stated_rule_establishes_the_winner_and_publishes_the_result() {
        vote("M1", m1Post);
        vote("M2", m1Post);
        vote("M3", m3Post);

        var closed = expect(200, f.secretary().post("/api/post/elections/" + electionId + "/close", null)).json();

        assertThat(closed.path("rule").asString()).isEqualTo("MAJORITY");
        assertThat(closed.path("winners")).extracting(w -> w.asString()).containsExactly(m1Post);
        assertThat(f.leader().get("/api/post/posts/" + m1Post).json().path("status").asString())
                .isEqualTo("ESTABLISHED");
        assertThat(f.leader().get("/api/post/posts/" + m3Post).json().path("status").asString())
                .isEqualTo("NOT_ELECTED");
        assertThat(vote("M4", m3Post).status()).isEqualTo(409);
        assertThat(f.secretary().post("/api/post/elections/" + electionId + "/close", null).status()).isEqualTo(409);
    }

    @Test
    void the_secretary_opens_and_closes_and_sets_the_bureaus_rule_between_elections() {
        assertThat(f.leader().post("/api/post/elections/" + electionId + "/close", null).status()).isEqualTo(403);
        assertThat(f.secretary().put("/api/post/election-rule", Map.of("winningRule", "PLURALITY")).status())
                .isEqualTo(409);
        expect(200, f.secretary().post("/api/post/elections/" + electionId + "/close", null));

        expect(200, f.secretary().put("/api/post/election-rule", Map.of("winningRule", "PLURALITY")));

        assertThat(f.as("M1", "MEMBER").get("/api/post/election-rule").json().path("winningRule").asString())
                .isEqualTo("PLURALITY");
    }

    @Test
    void with_zone_service_down_a_ballot_fails_fast_with_a_503_and_counts_nothing() {
        PostServiceTest.ZONE.stop();
        try {
            var response = vote("M1", m1Post);

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.json().path("code").asString()).isEqualTo("roster.unavailable");
        } finally {
            PostServiceTest.ZONE.start();
        }
        assertThat(vote("M1", m1Post).status()).as("the member may still vote once").isEqualTo(204);
        expect(200, f.secretary().post("/api/post/elections/" + electionId + "/close", null));
        assertThat(f.leader().get("/api/post/elections/" + electionId).json().path("ballots").asInt()).isEqualTo(1);
    }

    @Test
    void a_bureau_has_one_open_election_at_a_time_even_when_two_are_opened_at_once() {
        expect(200, f.secretary().post("/api/post/elections/" + electionId + "/close", null));
        String m5Post = f.nominateIndividual("M5");
        String m6Post = f.nominateIndividual("M6");
        List<CompletableFuture<Integer>> openings = List.of(m5Post, m6Post).stream()
                .map(id -> CompletableFuture.supplyAsync(() -> f.secretary()
                        .post("/api/post/elections", PostFixture.election("并发", m5Post, m6Post)).status()))
                .toList();

        assertThat(openings.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder(201, 409);
        assertThat(f.secretary().post("/api/post/elections", PostFixture.election("又一个", m5Post)).status())
                .isEqualTo(409);
    }

    @Test
    void an_opening_under_way_keeps_the_bureaus_slot_before_its_election_is_stored() {
        expect(200, f.secretary().post("/api/post/elections/" + electionId + "/close", null));
        takeSlot("an-election-being-stored", clock.instant());

        var second = f.secretary().post("/api/post/elections",
                PostFixture.election("同时开始", f.nominateIndividual("M5"), f.nominateIndividual("M6")));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("code").asString()).isEqualTo("election.already-open");
    }

    @Test
    void a_slot_left_by_an_opening_that_failed_is_taken_over_after_a_minute() {
        expect(200, f.secretary().post("/api/post/elections/" + electionId + "/close", null));
        takeSlot("an-election-never-stored", clock.instant().minus(Duration.ofMinutes(2)));

        var next = f.secretary().post("/api/post/elections",
                PostFixture.election("下一次", f.nominateIndividual("M5"), f.nominateIndividual("M6")));

        assertThat(next.status()).isEqualTo(201);
        assertThat(mongo.findById(f.bureau, Document.class, "election_slots").getString("electionId"))
                .isEqualTo(next.json().path("id").asString());
    }

    /** The bureau's slot as an opening leaves it between taking it and storing its election. */
    private void takeSlot(String electionId, Instant takenAt) {
        mongo.insert(
                new Document("_id", f.bureau).append("electionId", electionId).append("takenAt", Date.from(takenAt)),
                "election_slots");
    }
}
