package cn.sangang.pledge.pledge;

import static cn.sangang.pledge.PledgeFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.pledge.PledgeFixture;
import cn.sangang.pledge.PledgeServiceTest;
import cn.sangang.testkit.Api;

@PledgeServiceTest
class NotPledgedTest {

    @LocalServerPort
    int port;

    PledgeFixture f;

    @BeforeEach
    void bureau() {
        f = new PledgeFixture(port);
    }

    @Test
    void counts_the_party_members_and_lists_those_without_a_pledge_of_their_own_by_unit() {
        f.propose("M1");
        String returned = f.propose("M3");
        expect(200, f.leader().post("/api/pledge/pledges/" + returned + "/review",
                PledgeFixture.review("RETURN", 2, 1, "请量化")));
        expect(201, f.secretary().post("/api/pledge/pledges", PledgeFixture.organisationPledge(f.year, "党支部",
                PledgeFixture.item("组织开展巡山护林", "S1", PledgeFixture.inDays(30)))));

        var answer = expect(200, f.secretary().get(notPledged())).json();

        assertThat(answer.path("year").asInt()).isEqualTo(f.year);
        assertThat(answer.path("partyMembers").asInt()).as("M1…M6, S1, L1; N1 is no party member").isEqualTo(8);
        assertThat(answer.path("pledged").asInt()).as("M1, and M3 whose pledge was returned for revision").isEqualTo(2);
        assertThat(answer.path("notPledged"))
                .extracting(p -> String.join("|", p.path("personNo").asString(), p.path("name").asString(),
                        p.path("unitCode").asString(), p.path("unitName").asString()))
                .as("the organisation pledge is not the secretary's own").containsExactly("M4|姓名M4|fazhi|单位fazhi",
                        "M5|姓名M5|fazhi|单位fazhi", "M6|姓名M6|fazhi|单位fazhi", "M2|姓名M2|linzheng|单位linzheng",
                        "L1|姓名L1|office|单位office", "S1|姓名S1|office|单位office");
    }

    @Test
    void a_member_who_pledges_drops_off_the_list() {
        assertThat(personNos(f.leader())).contains("M2");

        f.propose("M2");

        var answer = f.leader().get(notPledged()).json();
        assertThat(personNos(f.leader())).doesNotContain("M2").hasSize(7);
        assertThat(answer.path("pledged").asInt()).isEqualTo(1);
    }

    @Test
    void a_member_who_left_the_bureau_is_neither_counted_nor_listed() {
        f.propose("M1");
        PledgeServiceTest.ZONE.left(f.bureau, "M1").left(f.bureau, "M2");

        var answer = f.secretary().get(notPledged()).json();

        assertThat(answer.path("partyMembers").asInt()).isEqualTo(6);
        assertThat(answer.path("pledged").asInt()).isZero();
        assertThat(personNos(f.secretary())).doesNotContain("M1", "M2");
    }

    @Test
    void another_bureaus_members_and_pledges_never_appear() {
        PledgeFixture other = new PledgeFixture(port);
        PledgeServiceTest.ZONE.person(other.bureau, "Q1", "hongshan", true);
        other.propose("M4");

        var mine = f.secretary().get(notPledged()).json();
        var theirs = other.secretary().get(notPledged()).json();

        assertThat(personNos(f.secretary())).doesNotContain("Q1").contains("M4");
        assertThat(mine.path("pledged").asInt()).isZero();
        assertThat(theirs.path("partyMembers").asInt()).isEqualTo(9);
        assertThat(personNos(other.secretary())).contains("Q1").doesNotContain("M4");
    }

    @Test
    void a_campaign_the_bureau_never_opened_is_not_found() {
        var response = f.secretary().get("/api/pledge/campaigns/" + (f.year + 5) + "/not-pledged");

        assertThat(response.status()).isEqualTo(404);
        assertThat(f.secretary().get("/api/pledge/campaigns/1999/not-pledged").status()).isEqualTo(400);
    }

    @Test
    void with_zone_service_down_the_list_fails_fast_with_a_503_problem_naming_it() {
        PledgeServiceTest.ZONE.stop();
        try {
            var response = f.secretary().get(notPledged());

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.contentType()).contains("application/problem+json");
            assertThat(response.json().path("code").asString()).isEqualTo("roster.party-members-unavailable");
            assertThat(response.json().path("detail").asString()).contains("名册服务");
        } finally {
            PledgeServiceTest.ZONE.start();
        }
    }

    private String notPledged() {
        return "/api/pledge/campaigns/" + f.year + "/not-pledged";
    }

    private List<String> personNos(Api caller) {
        List<String> personNos = new ArrayList<>();
        expect(200, caller.get(notPledged())).json().path("notPledged")
                .forEach(p -> personNos.add(p.path("personNo").asString()));
        return personNos;
    }
}
