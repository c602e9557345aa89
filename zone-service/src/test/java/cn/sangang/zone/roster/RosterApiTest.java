package cn.sangang.zone.roster;

import static cn.sangang.zone.BureauFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.EventContracts;
import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.testkit.TestInfrastructure;
import cn.sangang.zone.BureauFixture;

@ServiceIntegrationTest
class RosterApiTest {

    @LocalServerPort
    int port;

    BureauFixture b;
    EventCapture capture;

    @BeforeEach
    void bureau() {
        b = new BureauFixture(port);
        capture = EventCapture.of(Topics.ROSTER);
    }

    @AfterEach
    void close() {
        capture.close();
    }

    @Test
    void adding_a_person_announces_a_member_changed_event_that_keeps_its_contract() {
        b.unit("linzheng", "林政股").person("P1", "linzheng", true);

        var event = capture.awaitEvents(b.bureau, "member-changed", 1).getFirst();

        EventContracts.assertConforms(EventTypes.MEMBER_CHANGED, event.toString());
        assertThat(event.path("payload").path("personNo").asString()).isEqualTo("P1");
        assertThat(event.path("payload").path("change").asString()).isEqualTo("JOINED");
    }

    @Test
    void a_person_who_leaves_is_announced_as_left_and_stays_on_the_roster_as_departed() {
        b.unit("linzheng", "林政股").person("P1", "linzheng", true);

        expect(200, b.admin().post("/api/zone/people/P1/leave", Map.of("reason", "调离本局")));

        var left = capture.awaitEvents(b.bureau, "member-changed", 2).getLast();
        assertThat(left.path("payload").path("change").asString()).isEqualTo("LEFT");
        assertThat(left.path("payload").path("active").asBoolean()).isFalse();
        var person = b.admin().get("/api/zone/people/P1").json();
        assertThat(person.path("active").asBoolean()).isFalse();
        assertThat(b.admin().post("/api/zone/people/P1/leave", Map.of("reason", "again")).status()).isEqualTo(409);
    }

    @Test
    void a_unit_head_is_an_active_party_member_of_the_unit() {
        b.unit("linzheng", "林政股").unit("fazhi", "法制股").person("N1", "linzheng", false).person("P2", "fazhi", true);

        var nonMember = b.admin().put("/api/zone/units/linzheng",
                Map.of("name", "林政股", "kind", "SECTION", "headPersonNo", "N1"));
        var otherUnit = b.admin().put("/api/zone/units/linzheng",
                Map.of("name", "林政股", "kind", "SECTION", "headPersonNo", "P2"));

        assertThat(nonMember.status()).isEqualTo(422);
        assertThat(nonMember.json().path("code").asString()).isEqualTo("roster.head-not-party-member");
        assertThat(otherUnit.status()).isEqualTo(422);
        assertThat(b.admin().get("/api/zone/units").json().get(0).path("headPersonNo").isNull()).isTrue();
    }

    @Test
    void a_unit_head_cannot_leave_before_another_head_is_appointed() {
        b.unitWithMembers("linzheng", 1);

        var response = b.admin().post("/api/zone/people/linzheng-H/leave", Map.of("reason", "退休"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("code").asString()).isEqualTo("roster.heads-unit");
        b.head("linzheng", "林政股", "linzheng-M1");
        expect(200, b.admin().post("/api/zone/people/linzheng-H/leave", Map.of("reason", "退休")));
    }

    @Test
    void a_person_number_is_used_once_in_a_bureau() {
        b.unit("linzheng", "林政股").person("P1", "linzheng", true);

        var again = b.admin().post("/api/zone/people",
                Map.of("personNo", "P1", "name", "重复", "unitCode", "linzheng", "partyMember", true));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
    }

    @Test
    void an_activist_is_a_non_member_with_a_party_member_mentor_and_joining_the_party_ends_it() {
        b.unit("linzheng", "林政股").person("A1", "linzheng", false).person("P1", "linzheng", true).person("N2",
                "linzheng", false);

        assertThat(b.admin().put("/api/zone/people/A1/activist", Map.of("mentorPersonNo", "N2", "since", "2026-01-01"))
                .status()).isEqualTo(422);
        assertThat(b.admin().put("/api/zone/people/P1/activist", Map.of("mentorPersonNo", "A1", "since", "2026-01-01"))
                .status()).isEqualTo(422);
        expect(200,
                b.admin().put("/api/zone/people/A1/activist", Map.of("mentorPersonNo", "P1", "since", "2026-01-01")));
        assertThat(
                b.leader().get("/api/zone/activists").json().get(0).path("activist").path("mentorPersonNo").asString())
                .isEqualTo("P1");
        assertThat(b.admin().post("/api/zone/people/P1/leave", Map.of("reason", "调走")).status()).isEqualTo(409);

        expect(200, b.admin().put("/api/zone/people/A1",
                Map.of("name", "入党了", "unitCode", "linzheng", "partyMember", true)));

        assertThat(b.leader().get("/api/zone/activists").json()).isEmpty();
    }

    @Test
    void only_the_administrator_writes_the_roster() {
        b.unit("linzheng", "林政股");
        Map<String, Object> person = Map.of("personNo", "X1", "name", "某", "unitCode", "linzheng", "partyMember", true);

        for (String role : List.of("MEMBER", "UNIT_HEAD", "LEADER", "SECRETARY", "OFFICE")) {
            var response = b.as("R1", role).post("/api/zone/people", person);
            assertThat(response.status()).as(role).isEqualTo(403);
        }
        assertThat(b.as("R1", "COUNTY").post("/api/zone/people", person).status()).isEqualTo(403);
        assertThat(b.admin().get("/api/zone/people").json()).isEmpty();
    }

    @Test
    void a_member_reads_their_own_entry_but_not_the_roster() {
        b.unit("linzheng", "林政股").person("P1", "linzheng", true).person("P2", "linzheng", true);

        assertThat(b.as("P1", "MEMBER").get("/api/zone/people/P1").status()).isEqualTo(200);
        assertThat(b.as("P1", "MEMBER").get("/api/zone/people/P2").status()).isEqualTo(403);
        assertThat(b.as("P1", "MEMBER").get("/api/zone/people").status()).isEqualTo(403);
        assertThat(b.as("U1", "UNIT_HEAD").get("/api/zone/people").json()).hasSize(2);
    }

    @Test
    void bad_roster_input_is_a_400_problem_and_writes_nothing() {
        b.unit("linzheng", "林政股");

        var responses = List.of(
                b.admin().post("/api/zone/people",
                        Map.of("personNo", "has space", "name", "某", "unitCode", "linzheng", "partyMember", true)),
                b.admin().post("/api/zone/people",
                        Map.of("personNo", "X1", "name", "", "unitCode", "linzheng", "partyMember", true)),
                b.admin().post("/api/zone/people", Map.of("personNo", "X1", "name", "某", "unitCode", "linzheng")),
                b.admin().post("/api/zone/people",
                        Map.of("personNo", "X1", "name", "某", "unitCode", "linzheng", "partyMember", "yes")),
                b.admin().post("/api/zone/units", Map.of("code", "x", "name", "某", "kind", "PALACE")),
                b.admin().post("/api/zone/people", "[1, 2"), b.admin().post("/api/zone/people", Map.of("personNo",
                        Map.of("$gt", ""), "name", "某", "unitCode", "linzheng", "partyMember", true)));

        assertThat(responses).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        });
        assertThat(b.admin().get("/api/zone/people").json()).isEmpty();
        assertThat(b.admin()
                .post("/api/zone/people",
                        Map.of("personNo", "X1", "name", "某", "unitCode", "nowhere", "partyMember", true))
                .status()).isEqualTo(404);
    }

    @Test
    void roster_changes_made_while_the_broker_is_down_are_all_announced_after_it_returns() {
        b.unit("linzheng", "林政股");
        TestInfrastructure.get().stopKafka();
        try {
            for (int i = 1; i <= 3; i++) {
                b.person("D" + i, "linzheng", true);
            }
        } finally {
            TestInfrastructure.get().startKafka();
        }

        var events = capture.awaitEvents(b.bureau, "member-changed", 3, Duration.ofSeconds(60));

        assertThat(events).extracting(e -> e.path("payload").path("personNo").asString())
                .containsExactlyInAnyOrder("D1", "D2", "D3");
    }

    @Test
    void every_roster_change_leaves_an_audit_record() {
        b.unitWithMembers("linzheng", 1);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(b.leader().get("/api/zone/audit").json())
                        .extracting(a -> a.path("action").asString())
                        .containsExactlyInAnyOrder("unit.created", "person.added", "person.added", "unit.changed"));
    }
}
