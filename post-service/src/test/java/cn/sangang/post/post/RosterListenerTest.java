package cn.sangang.post.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.events.ContractExamples;
import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.roster.MemberChanged;
import cn.sangang.post.PostFixture;
import cn.sangang.post.PostServiceTest;
import cn.sangang.testkit.EventCapture;

@PostServiceTest
class RosterListenerTest {

    @LocalServerPort
    int port;

    private String memberChanged(String bureau, String personNo, String unit, boolean partyMember, boolean active,
            MemberChanged.Change change) {
        return new EventCodec().encode(EventEnvelope.of(EventTypes.MEMBER_CHANGED, bureau, Instant.now(),
                new MemberChanged(personNo, "姓名" + personNo, unit, partyMember, active, change)));
    }

    @Test
    void reads_the_member_changed_contract_example() {
        assertThat(new EventCodec().decode(ContractExamples.json(EventTypes.MEMBER_CHANGED), EventTypes.MEMBER_CHANGED)
                .payload().personNo()).isEqualTo("TJ0007");
    }

    @Test
    void a_holder_who_leaves_the_bureau_loses_the_individual_post_once_however_often_told() {
        PostFixture f = new PostFixture(port);
        String id = f.awardedIndividual("M2", "GR-001");
        String left = memberChanged(f.bureau, "M2", "linzheng", true, false, MemberChanged.Change.LEFT);

        try (EventCapture capture = EventCapture.of(Topics.POST)) {
            EventCapture.send(Topics.ROSTER, "k", left);
            EventCapture.send(Topics.ROSTER, "k", left);

            await().atMost(Duration.ofSeconds(30)).until(
                    () -> f.leader().get("/api/post/posts/" + id).json().path("status").asString().equals("REVOKED"));
            var revoked = capture.awaitEvents(f.bureau, "post-revoked", 1).getFirst();
            assertThat(revoked.path("payload").path("cause").asString()).isEqualTo("HOLDER_LEFT");
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> capture.events(f.bureau, "post-revoked").size() == 1);
        }
    }

    @Test
    void a_nominee_who_leaves_before_the_election_no_longer_stands() {
        PostFixture f = new PostFixture(port);
        String id = f.nominateIndividual("M4");

        EventCapture.send(Topics.ROSTER, "k",
                memberChanged(f.bureau, "M4", "fazhi", true, false, MemberChanged.Change.LEFT));

        await().atMost(Duration.ofSeconds(30)).until(
                () -> f.leader().get("/api/post/posts/" + id).json().path("status").asString().equals("WITHDRAWN"));
        assertThat(f.secretary()
                .post("/api/post/elections",
                        java.util.Map.of("title", "推选", "candidatePostIds", java.util.List.of(id), "seats", 1))
                .status()).isEqualTo(422);
    }

    @Test
    void an_unreadable_roster_record_goes_to_the_dead_letter_topic() {
        String garbage = "{\"type\": \"member-changed\", broken " + java.util.UUID.randomUUID();
        try (EventCapture dlt = EventCapture.of(Topics.deadLetter(Topics.ROSTER))) {
            EventCapture.send(Topics.ROSTER, "k", garbage);

            assertThat(dlt.awaitRecord(r -> garbage.equals(r.value())).headers()
                    .lastHeader("kafka_dlt-original-consumer-group")).isNotNull();
        }
    }

    @Test
    void a_collective_post_whose_unit_gets_a_non_member_is_flagged_for_the_leadership() {
        PostFixture f = new PostFixture(port);
        String id = f.awardedCollective("office", "JT-001");

        EventCapture.send(Topics.ROSTER, "k",
                memberChanged(f.bureau, "X9", "office", false, true, MemberChanged.Change.JOINED));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> f.leader().get("/api/post/posts/" + id).json().path("flags").size() == 1);
        assertThat(f.leader().get("/api/post/posts/" + id).json().path("status").asString()).isEqualTo("AWARDED");
    }
}
