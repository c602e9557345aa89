package cn.sangang.zone.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import cn.sangang.platform.zone.PeopleLookup;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;
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
        assertThat(unit.path("people"))
                .extracting(p -> p.path("personNo").asString() + ":" + p.path("partyMember").asBoolean())
                .containsExactly("N1:false", "P1:true");
        assertThat(b.as("X", "MEMBER").get("/api/zone/membership/people/NOPE").status()).isEqualTo(404);
    }

    @Test
    void names_the_unit_a_person_heads_so_services_can_scope_a_unit_head_to_it() {
        BureauFixture b = new BureauFixture(port);
        b.unitWithMembers("linzheng", 1);

        var head = b.as("X", "MEMBER").get("/api/zone/membership/people/linzheng-H").json();
        var member = b.as("X", "MEMBER").get("/api/zone/membership/people/linzheng-M1").json();

        assertThat(head.path("headOf").asString()).isEqualTo("linzheng");
        assertThat(member.path("headOf").isNull()).isTrue();
    }

    @Test
    void people_who_left_are_not_counted_in_their_unit() {
        BureauFixture b = new BureauFixture(port);
        b.unit("linzheng", "林政股").person("P1", "linzheng", true);
        b.admin().post("/api/zone/people/P1/leave", Map.of("reason", "调离"));

        assertThat(b.as("X", "MEMBER").get("/api/zone/membership/people/P1").json().path("active").asBoolean())
                .isFalse();
        assertThat(b.as("X", "SECRETARY").get("/api/zone/membership/units/linzheng").json().path("people")).isEmpty();
    }

    @Test
    void lists_the_party_members_now_in_the_bureau_with_their_units_in_one_answer() {
        BureauFixture b = new BureauFixture(port);
        b.unit("linzheng", "林政股").unit("fazhi", "法制股").person("P1", "linzheng", true).person("P2", "fazhi", true)
                .person("P3", "fazhi", true).person("N1", "linzheng", false);
        b.admin().post("/api/zone/people/P3/leave", Map.of("reason", "调离"));
        BureauFixture other = new BureauFixture(port);
        other.unit("linzheng", "乙局林政股").person("Q1", "linzheng", true);

        var members = b.as("S", "SECRETARY").get("/api/zone/membership/party-members").json();

        assertThat(members)
                .extracting(p -> String.join("|", p.path("personNo").asString(), p.path("name").asString(),
                        p.path("unitCode").asString(), p.path("unitName").asString()))
                .containsExactly("P1|姓名P1|linzheng|林政股", "P2|姓名P2|fazhi|法制股");
        assertThat(b.as("M", "MEMBER").get("/api/zone/membership/party-members").status())
                .as("a member does not read the bureau's roster").isEqualTo(403);
    }

    @Test
    void a_member_reads_the_people_of_their_own_unit_only() {
        BureauFixture b = new BureauFixture(port);
        b.unit("linzheng", "林政股").unit("fazhi", "法制股").person("P1", "linzheng", true).person("P2", "fazhi", true);

        var own = b.as("P1", "MEMBER").get("/api/zone/membership/units/linzheng");
        var other = b.as("P1", "MEMBER").get("/api/zone/membership/units/fazhi");
        var offRoster = b.as("X", "MEMBER").get("/api/zone/membership/units/linzheng");

        assertThat(own.json().path("people")).extracting(p -> p.path("personNo").asString()).containsExactly("P1");
        assertThat(other.status()).as(other.toString()).isEqualTo(403);
        assertThat(other.json().path("code").asString()).isEqualTo("roster.other-unit");
        assertThat(other.json().path("detail").asString()).isEqualTo("只能查看本人所在单位的人员名单");
        assertThat(offRoster.status()).isEqualTo(403);
        assertThat(b.as("X", "UNIT_HEAD").get("/api/zone/membership/units/fazhi").status())
                .as("a roster reader reads any unit, as /api/zone/people lets them").isEqualTo(200);
        assertThat(Api.at(port).as(TestTokens.token(TestBureaus.fresh(), "P1", "MEMBER"))
                .get("/api/zone/membership/units/linzheng").status()).as("another bureau's unit").isEqualTo(404);
    }

    @Test
    void answers_many_people_in_one_question_and_names_every_number_not_on_the_roster() {
        BureauFixture b = new BureauFixture(port);
        b.unitWithMembers("linzheng", 2).person("N1", "linzheng", false);
        b.admin().post("/api/zone/people/linzheng-M2/leave", Map.of("reason", "调离"));

        var answer = b.as("X", "MEMBER").post("/api/zone/membership/people/lookup",
                Map.of("personNos", List.of("N1", "NOPE", "linzheng-H", "linzheng-M2", "N1", "GONE"))).json();

        assertThat(answer.path("people"))
                .extracting(p -> String.join("|", p.path("personNo").asString(), p.path("unitName").asString(),
                        String.valueOf(p.path("partyMember").asBoolean()), String.valueOf(p.path("active").asBoolean()),
                        p.path("headOf").asString("-")))
                .as("in the order asked, each once, also who left").containsExactly("N1|单位linzheng|false|true|-",
                        "linzheng-H|单位linzheng|true|true|linzheng", "linzheng-M2|单位linzheng|true|false|-");
        assertThat(answer.path("notOnRoster")).extracting(JsonNode::asString).containsExactly("NOPE", "GONE");
    }

    @Test
    void a_caller_of_another_bureau_finds_nobody_of_this_bureau_in_a_lookup() {
        BureauFixture b = new BureauFixture(port);
        b.unit("linzheng", "林政股").person("P1", "linzheng", true);

        var answer = Api.at(port).as(TestTokens.token(TestBureaus.fresh(), "P1", "MEMBER", "ADMIN"))
                .post("/api/zone/membership/people/lookup", Map.of("personNos", List.of("P1"))).json();

        assertThat(answer.path("people")).isEmpty();
        assertThat(answer.path("notOnRoster")).extracting(JsonNode::asString).containsExactly("P1");
    }

    @Test
    void the_county_office_which_belongs_to_no_bureau_may_not_look_people_up() {
        var refused = Api.at(port).as(TestTokens.county()).post("/api/zone/membership/people/lookup",
                Map.of("personNos", List.of("P1")));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    }

    @Test
    void refuses_a_lookup_of_nobody_of_too_many_or_of_malformed_numbers_with_a_400() {
        BureauFixture b = new BureauFixture(port);
        List<String> tooMany = IntStream.rangeClosed(0, PeopleLookup.MAX_PEOPLE).mapToObj(i -> "P" + i).toList();

        for (Object body : List.of(Map.of("personNos", List.of()), Map.of("personNos", tooMany),
                Map.of("personNos", List.of("P1", "no/such")), Map.of(), Map.of("personNos", "P1"))) {
            var refused = b.as("X", "MEMBER").post("/api/zone/membership/people/lookup", body);
            assertThat(refused.status()).as(body + " → " + refused).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
        }
    }
}
