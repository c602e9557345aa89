package cn.sangang.zone.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.zone.BureauFixture;

@ServiceIntegrationTest
class MembershipApiTest {

    @LocalServerPort
    int port;

    @Test
    void answers_whether_a_person_is_a_party_member_of_the_callers_bureau_and_in_which_unit() {
        BureauFixture b = new BureauFixture(port);
        b.unit("linzheng", "林政股").person("P1", "linzheng", true).person("N1", "linzheng", false);

        var member = b.as("X", "MEMBER").get("/api/zone/membership/people/P1").json();
        var unit = b.as("X", "SECRETARY").get("/api/zone/membership/units/linzheng").json();

        assertThat(member.path("partyMember").asBoolean()).isTrue();
        assertThat(member.path("unitName").asString()).isEqualTo("林政股");
        assertThat(unit.path("people")).extracting(p -> p.path("personNo").asString() + ":" + p.path("partyMember").asBoolean())
            .containsExactly("N1:false", "P1:true");
        assertThat(b.as("X", "MEMBER").get("/api/zone/membership/people/NOPE").status()).isEqualTo(404);
    }

    @Test
    void people_who_left_are_not_counted_in_their_unit() {
        BureauFixture b = new BureauFixture(port);
        b.unit("linzheng", "林政股").person("P1", "linzheng", true);
        b.admin().post("/api/zone/people/P1/leave", Map.of("reason", "调离"));

        assertThat(b.as("X", "MEMBER").get("/api/zone/membership/people/P1").json().path("active").asBoolean()).isFalse();
        assertThat(b.as("X", "MEMBER").get("/api/zone/membership/units/linzheng").json().path("people")).isEmpty();
    }
}
