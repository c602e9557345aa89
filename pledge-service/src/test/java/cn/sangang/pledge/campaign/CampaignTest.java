package cn.sangang.pledge.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.pledge.PledgeFixture;
import cn.sangang.pledge.PledgeServiceTest;

@PledgeServiceTest
class CampaignTest {

    @LocalServerPort
    int port;

    PledgeFixture f;

    @BeforeEach
    void bureau() {
        f = new PledgeFixture(port);
    }

    @Test
    void a_campaign_is_publicized_by_may_31_unless_the_bureau_sets_another_day() {
        var opened = PledgeFixture.expect(201, f.secretary().post("/api/pledge/campaigns", Map.of("year", 2031)))
                .json();

        assertThat(opened.path("publicityDeadline").asString()).isEqualTo("2031-05-31");
        assertThat(opened.path("title").asString()).isEqualTo("2031年度党员承诺践诺活动");
        var changed = PledgeFixture.expect(200, f.leader().put("/api/pledge/campaigns/2031",
                Map.of("title", "2031年承诺践诺", "publicityDeadline", "2031-06-15"))).json();
        assertThat(changed.path("publicityDeadline").asString()).isEqualTo("2031-06-15");
        assertThat(f.member("M1").get("/api/pledge/campaigns").json()).extracting(c -> c.path("year").asInt())
                .containsExactly(2031, f.year);
    }

    @Test
    void a_bureau_has_one_campaign_a_year_whose_deadline_falls_in_that_year() {
        assertThat(f.leader().post("/api/pledge/campaigns", Map.of("year", f.year)).status()).isEqualTo(409);
        assertThat(f.leader()
                .post("/api/pledge/campaigns",
                        Map.of("year", 2032, "publicityDeadline", LocalDate.of(2033, 1, 1).toString()))
                .status()).isEqualTo(422);
        assertThat(f.leader().put("/api/pledge/campaigns/2040", Map.of("title", "x", "publicityDeadline", "2040-05-31"))
                .status()).isEqualTo(404);
        assertThat(f.leader().post("/api/pledge/campaigns", Map.of("year", 1999)).status()).isEqualTo(400);
    }
}
