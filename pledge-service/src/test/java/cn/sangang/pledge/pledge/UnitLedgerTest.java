package cn.sangang.pledge.pledge;

import static cn.sangang.pledge.PledgeFixture.expect;
import static cn.sangang.pledge.PledgeFixture.inDays;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import cn.sangang.pledge.PledgeFixture;
import cn.sangang.pledge.PledgeServiceTest;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/** The ledger of one unit: what a unit head follows of their people's pledges, and what stewards may filter. */
@PledgeServiceTest
class UnitLedgerTest {

    @LocalServerPort
    int port;

    PledgeFixture f;
    String linzheng;
    String fazhi;

    @BeforeEach
    void bureauWithPledgesInTwoUnits() {
        f = new PledgeFixture(port);
        PledgeServiceTest.ZONE.head(f.bureau, "fazhi", "M3").head(f.bureau, "office", "S1");
        linzheng = f.published("M1");
        fazhi = f.propose("M4");
        expect(200, f.approve(fazhi, 2));
        f.approvedOrganisationPledge("中共某局支部委员会", PledgeFixture.item("组织全体党员走访林农", "S1", inDays(30)));
        f.propose("M5");
    }

    Api unitHead(String personNo) {
        return f.as(personNo, "UNIT_HEAD", "MEMBER");
    }

    static List<String> pledgesOf(JsonNode lines) {
        return lines.valueStream().map(l -> l.path("pledgeId").asString()).distinct().toList();
    }

    @Test
    void a_unit_head_reads_the_ledger_items_of_the_pledges_of_their_units_people_only() {
        JsonNode lines = expect(200, unitHead("M3").get("/api/pledge/ledger?year=" + f.year)).json();

        assertThat(pledgesOf(lines)).containsExactly(fazhi);
        assertThat(lines).hasSize(2);
        JsonNode first = lines.get(0).path("item");
        assertThat(first.path("pledger").asString()).isEqualTo("姓名M4");
        assertThat(first.path("deadline").asString()).isEqualTo(inDays(60).toString());
        assertThat(first.path("overdue").asBoolean()).isFalse();
        assertThat(first.path("status").asString()).isNotBlank();
    }

    @Test
    void a_unit_head_may_not_read_another_units_ledger_and_one_who_heads_no_unit_reads_nothing() {
        assertThat(unitHead("M3").get("/api/pledge/ledger?year=" + f.year + "&unitCode=linzheng").status())
                .isEqualTo(403);
        assertThat(expect(200, unitHead("M3").get("/api/pledge/ledger?year=" + f.year + "&unitCode=fazhi")).json())
                .hasSize(2);
        assertThat(expect(200, unitHead("M1").get("/api/pledge/ledger?year=" + f.year)).json()).isEmpty();
        assertThat(f.member("M3").get("/api/pledge/ledger?year=" + f.year).status()).isEqualTo(403);
    }

    @Test
    void the_unit_heads_workbook_holds_their_units_items_only() throws IOException {
        var rows = PledgeFixture.xlsxRows(unitHead("M3").download("/api/pledge/ledger.xlsx?year=" + f.year).body());

        assertThat(rows).as("title, header and the two items of M4's pledge").hasSize(4);
    }

    @Test
    void stewards_filter_the_ledger_by_unit_and_the_branchs_organisation_pledge_belongs_to_no_unit() {
        assertThat(pledgesOf(
                expect(200, f.leader().get("/api/pledge/ledger?year=" + f.year + "&unitCode=linzheng")).json()))
                .containsExactly(linzheng);
        assertThat(expect(200, f.secretary().get("/api/pledge/ledger?year=" + f.year + "&unitCode=office")).json())
                .isEmpty();
        assertThat(pledgesOf(expect(200, f.secretary().get("/api/pledge/ledger?year=" + f.year)).json())).hasSize(3);
    }

    @Test
    void the_head_of_the_same_unit_in_another_bureau_reads_nothing_of_this_one() {
        String other = TestBureaus.fresh();
        PledgeServiceTest.ZONE.person(other, "M3", "fazhi", true).person(other, "M4", "fazhi", true).head(other,
                "fazhi", "M3");
        Api intruder = Api.at(port).as(TestTokens.token(other, "M3", "UNIT_HEAD", "MEMBER"));

        assertThat(expect(200, intruder.get("/api/pledge/ledger?year=" + f.year)).json()).isEmpty();
    }
}
