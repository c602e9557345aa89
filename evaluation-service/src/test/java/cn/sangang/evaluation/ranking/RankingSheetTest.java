package cn.sangang.evaluation.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.evaluation.BureauEvents;
import cn.sangang.evaluation.EvaluationServiceTest;
import cn.sangang.evaluation.PostEvents;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.zone.ZoneAssessed;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.Sheets;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

@EvaluationServiceTest
class RankingSheetTest {

    @LocalServerPort
    int port;

    @Test
    void the_ranking_sheet_lists_the_units_in_rank_order_by_name_with_their_points() {
        String bureau = TestBureaus.fresh();
        EvaluationServiceTest.ZONE.bureau(bureau, "桃江县森林公安局").unit(bureau, "fazhi", "法制股");
        PostEvents post = new PostEvents(bureau);
        post.deliver(post.assessed("2026-Q1", true), post.assessed("2026-Q2", false));
        BureauEvents.deliver(Topics.ZONE, "z1", EventTypes.ZONE_ASSESSED, bureau,
                new ZoneAssessed("z1", "法制股责任区", "fazhi", "2026-Q2", 80, 80, 80, 80, "L1"));
        Api secretary = Api.at(port).as(TestTokens.token(bureau, "S1", "SECRETARY"));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> secretary.get("/api/evaluation/rankings/2026").json().size() == 2);

        List<List<String>> rows = Sheets.download(secretary, "/api/evaluation/rankings/2026.xlsx");

        assertThat(rows).containsExactly(List.of("桃江县森林公安局2026年度党员三岗评选表彰单位排名"),
                List.of("名次", "单位", "示范岗得分", "责任区得分", "承诺践诺得分", "总分"), List.of("1", "法制股", "0", "40.0", "0", "40.0"),
                List.of("2", "linzheng", "0", "0.0", "0", "0.0"));
    }

    @Test
    void another_bureau_gets_no_units_and_a_member_or_the_county_is_refused() {
        String bureau = TestBureaus.fresh();
        PostEvents post = new PostEvents(bureau);
        post.deliver(post.assessed("2026-Q1", true));
        Api leader = Api.at(port).as(TestTokens.token(bureau, "L1", "LEADER"));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> leader.get("/api/evaluation/rankings/2026").json().size() == 1);

        Api stranger = Api.at(port).as(TestTokens.token(TestBureaus.fresh(), "L1", "LEADER", "OFFICE", "SECRETARY"));

        assertThat(Sheets.download(stranger, "/api/evaluation/rankings/2026.xlsx")).hasSize(2);
        assertThat(Api.at(port).as(TestTokens.token(bureau, "M1", "MEMBER", "UNIT_HEAD", "ADMIN"))
                .download("/api/evaluation/rankings/2026.xlsx").status()).isEqualTo(403);
        assertThat(Api.at(port).as(TestTokens.county()).download("/api/evaluation/rankings/2026.xlsx").status())
                .isEqualTo(403);
        assertThat(leader.download("/api/evaluation/rankings/1999.xlsx").status()).isEqualTo(400);
    }
}
