package cn.sangang.evaluation.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.evaluation.BureauEvents;
import cn.sangang.evaluation.EvaluationServiceTest;
import cn.sangang.evaluation.PostEvents;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.post.PostAwarded;
import cn.sangang.events.post.PostKind;
import cn.sangang.events.roster.MemberChanged;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.Sheets;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

@EvaluationServiceTest
class PayoutListSheetTest {

    private static final List<String> HEADER = List.of("序号", "姓名", "单位", "示范岗/事由", "金额（元）", "签字");

    @LocalServerPort
    int port;

    String bureau;
    PostEvents titled;
    PostEvents untitled;

    /**
     * Two posts of M1 (胡海燕) passing two quarters each; post-service announced the first one's title, zone-service
     * names the bureau and the unit.
     */
    @BeforeEach
    void twoRewards() {
        bureau = TestBureaus.fresh();
        EvaluationServiceTest.ZONE.bureau(bureau, "桃江县森林公安局").unit(bureau, "linzheng", "林政股");
        titled = new PostEvents(bureau);
        untitled = new PostEvents(bureau);
        BureauEvents.deliver(Topics.ROSTER, "M1", EventTypes.MEMBER_CHANGED, bureau,
                new MemberChanged("M1", "胡海燕", "linzheng", true, true, MemberChanged.Change.JOINED));
        BureauEvents.deliver(Topics.POST, titled.postId, EventTypes.POST_AWARDED, bureau, new PostAwarded(titled.postId,
                PostKind.INDIVIDUAL, "林政股巡山护林示范岗", "M1", "linzheng", "001", "PQ0000001", LocalDate.of(2026, 1, 5)));
        titled.deliver(titled.assessed("2026-Q1", true), titled.assessed("2026-Q2", true));
        untitled.deliver(untitled.assessed("2026-Q2", true), untitled.assessed("2026-Q3", true));
        await().atMost(Duration.ofSeconds(15)).until(() -> office().get("/api/evaluation/rewards").json().size() == 2);
    }

    Api office() {
        return Api.at(port).as(TestTokens.token(bureau, "O1", "OFFICE"));
    }

    @Test
    void the_payout_list_has_a_line_per_reward_with_name_unit_and_reason_an_empty_signature_and_the_total() {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            List<List<String>> rows = Sheets.download(office(), "/api/evaluation/rewards.xlsx");

            assertThat(rows.get(0)).containsExactly("桃江县森林公安局党员示范岗奖励发放表（全部）");
            assertThat(rows.get(1)).isEqualTo(HEADER);
            assertThat(rows.subList(2, rows.size())).containsExactly(
                    List.of("1", "胡海燕", "林政股", "林政股巡山护林示范岗：2026年第一季度、2026年第二季度连续两个季度考核合格", "1000"),
                    List.of("2", "胡海燕", "林政股", "个人党员示范岗：2026年第二季度、2026年第三季度连续两个季度考核合格", "1000"),
                    List.of("合计", "", "", "2 项", "2000"));
        });
    }

    @Test
    void with_zone_service_down_the_payout_list_is_still_written_with_unit_codes_and_the_bureau_id() {
        List<List<String>> rows;
        EvaluationServiceTest.ZONE.stop();
        try {
            rows = Sheets.download(office(), "/api/evaluation/rewards.xlsx");
        } finally {
            EvaluationServiceTest.ZONE.start();
        }

        assertThat(rows.get(0)).containsExactly(bureau + "党员示范岗奖励发放表（全部）");
        assertThat(rows.subList(2, 4)).extracting(row -> row.get(2)).containsExactly("linzheng", "linzheng");
    }

    @Test
    void the_payout_list_takes_the_lists_status_and_one_pair_of_quarters() {
        assertThat(office().post("/api/evaluation/rewards/" + titled.postId + "/2026-Q1/paid", null).status())
                .isEqualTo(200);

        List<List<String>> granted = Sheets.download(office(), "/api/evaluation/rewards.xlsx?status=GRANTED");
        List<List<String>> pair = Sheets.download(office(), "/api/evaluation/rewards.xlsx?quarters=2026-Q1/2026-Q2");

        assertThat(granted.get(0)).containsExactly("桃江县森林公安局党员示范岗奖励发放表（待发放）");
        assertThat(granted).hasSize(4);
        assertThat(granted.get(2).get(3)).startsWith("个人党员示范岗");
        assertThat(pair.get(0).get(0)).endsWith("考核合格季度：2026年第一季度、2026年第二季度）");
        assertThat(pair).hasSize(4);
        assertThat(pair.get(3)).containsExactly("合计", "", "", "1 项", "1000");
    }

    @Test
    void an_office_of_another_bureau_gets_an_empty_list_and_a_member_is_refused() {
        Api stranger = Api.at(port).as(TestTokens.token(TestBureaus.fresh(), "O1", "OFFICE", "LEADER"));

        List<List<String>> rows = Sheets.download(stranger, "/api/evaluation/rewards.xlsx");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).containsExactly("合计", "", "", "0 项", "0");
        assertThat(Api.at(port).as(TestTokens.token(bureau, "M1", "MEMBER")).download("/api/evaluation/rewards.xlsx")
                .status()).isEqualTo(403);
        assertThat(Api.at(port).as(TestTokens.county()).download("/api/evaluation/rewards.xlsx").status())
                .isEqualTo(403);
    }

    @Test
    void a_malformed_pair_of_quarters_is_refused_as_bad_input() {
        assertThat(office().download("/api/evaluation/rewards.xlsx?quarters=2026-Q1").status()).isEqualTo(400);
        assertThat(office().download("/api/evaluation/rewards.xlsx?status=LOST").status()).isEqualTo(400);
    }
}
