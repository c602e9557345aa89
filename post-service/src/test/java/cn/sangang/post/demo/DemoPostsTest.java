package cn.sangang.post.demo;

import static cn.sangang.post.PostFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import cn.sangang.events.Quarter;
import cn.sangang.platform.schedule.LeasedJobs;
import cn.sangang.post.PostFixture;
import cn.sangang.post.PostServiceTest;
import cn.sangang.post.election.ElectionSeeding;
import cn.sangang.post.post.PostSeeding;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.TestTokens;

/**
 * The demo bureau's elected posts: established in an earlier quarter by a closed election, so the calendar rules let
 * a plaque be dated in an ended quarter and two ended quarters be assessed; topped up at each start, once.
 */
@PostServiceTest
@ActiveProfiles("demo")
@TestPropertySource(properties = "sangang.demo.seed-file=../local/demo-bureaus.json")
class DemoPostsTest {

    static final String BUREAU = "taojiang-fp";
    static final List<String> HOLDERS = List.of("TJ0012", "TJ0015", "TJ0018", "TJ0019", "TJ0020", "TJ0023", "TJ0024",
            "TJ0026", "TJ0028", "TJ0030", "TJ0032");

    @LocalServerPort
    int port;

    @Autowired
    DemoPosts seeder;

    @Autowired
    PostSeeding posts;

    @Autowired
    ElectionSeeding elections;

    @Autowired
    MongoOperations mongo;

    @Autowired
    Clock clock;

    final LocalDate today = LocalDate.now(Quarter.BUREAU_TIME);
    final Quarter twoBack = Quarter.of(today).previous().previous();

    private Api leader() {
        return Api.at(port).as(TestTokens.token(BUREAU, "TJ0001", "LEADER", "MEMBER"));
    }

    private List<JsonNode> live(String holder) {
        return StreamSupport.stream(leader().get("/api/post/posts").json().spliterator(), false)
                .filter(p -> holder.equals(p.path("holderPersonNo").asString()))
                .filter(p -> List.of("NOMINATED", "ESTABLISHED", "AWARDED").contains(p.path("status").asString()))
                .toList();
    }

    @Test
    void the_listed_holders_posts_are_established_by_an_election_closed_on_the_last_day_three_quarters_back() {
        LocalDate lastDay = twoBack.firstDay().minusDays(1);
        for (String holder : HOLDERS) {
            assertThat(live(holder)).as(holder).singleElement().satisfies(post -> {
                assertThat(post.path("kind").asString()).isEqualTo("INDIVIDUAL");
                assertThat(post.path("status").asString()).isEqualTo("ESTABLISHED");
                assertThat(post.path("title").asString()).matches(".+示范岗（第\\d+批）");
                assertThat(LocalDate.ofInstant(Instant.parse(post.path("establishment").path("at").asString()),
                        Quarter.BUREAU_TIME)).isEqualTo(lastDay);
            });
        }
        String electionId = live("TJ0012").getFirst().path("establishment").path("electionId").asString();
        JsonNode election = expect(200, leader().get("/api/post/elections/" + electionId)).json();
        assertThat(election.path("status").asString()).isEqualTo("CLOSED");
        assertThat(election.path("ballots").asInt()).isEqualTo(26);
        assertThat(election.path("winners")).hasSize(HOLDERS.size());
        assertThat(LocalDate.ofInstant(Instant.parse(election.path("closedAt").asString()), Quarter.BUREAU_TIME))
                .isEqualTo(lastDay);
        assertThat(live("TJ0011")).isEmpty();
    }

    @Test
    void a_seeded_post_takes_a_plaque_in_the_quarter_after_and_passes_two_ended_quarters() {
        String post = live("TJ0019").getFirst().path("id").asString();
        PostServiceTest.ZONE.person(BUREAU, "TJ0019", "xingzhen", true);

        expect(200, leader().post("/api/post/posts/" + post + "/plaque",
                Map.of("plaqueNo", "DEMO-1", "awardedOn", twoBack.firstDay().toString())));
        for (Quarter quarter : List.of(twoBack, twoBack.next())) {
            expect(200,
                    leader().post("/api/post/posts/" + post + "/assessments", PostFixture.passed(quarter.toString())));
        }
    }

    @Test
    void starting_again_replaces_only_a_revoked_post_and_replicas_starting_together_replace_it_once() throws Exception {
        seeder.run(new DefaultApplicationArguments());
        HOLDERS.forEach(holder -> assertThat(live(holder)).as(holder).hasSize(1));
        String vetoed = live("TJ0024").getFirst().path("id").asString();
        expect(200,
                leader().post("/api/post/posts/" + vetoed + "/veto", Map.of("cause", "VETO_IMAGE", "facts", "测试撤销")));

        List<DemoPosts> replicas = new ArrayList<>(List.of(seeder));
        for (int i = 0; i < 5; i++) {
            replicas.add(
                    new DemoPosts("../local/demo-bureaus.json", posts, elections, new LeasedJobs(mongo, clock), clock));
        }
        CountDownLatch together = new CountDownLatch(1);
        List<Thread> starts = new ArrayList<>();
        for (DemoPosts replica : replicas) {
            starts.add(Thread.ofPlatform().start(() -> {
                try {
                    together.await();
                    replica.run(new DefaultApplicationArguments());
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        together.countDown();
        for (Thread start : starts) {
            start.join();
        }

        assertThat(live("TJ0024")).singleElement()
                .satisfies(post -> assertThat(post.path("title").asString()).isEqualTo("护林巡山示范岗（第2批）"));
        HOLDERS.forEach(holder -> assertThat(live(holder)).as(holder).hasSize(1));
    }
}
