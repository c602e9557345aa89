package cn.sangang.evaluation.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.evaluation.EvaluationServiceTest;
import cn.sangang.evaluation.PostEvents;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.Sheets;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

@EvaluationServiceTest
class CountyFeedSheetTest {

    @LocalServerPort
    int port;

    @Test
    void the_county_sheet_has_one_line_of_counts_per_bureau_by_name_and_nothing_that_names_a_post_or_a_person() {
        PostEvents post = rewardedPost();
        EvaluationServiceTest.ZONE.bureau(post.bureau, "安化县森林公安局");

        List<List<String>> rows = Sheets.download(county(), "/api/evaluation/county/feed.xlsx?quarter=2026-Q1");

        assertThat(rows.get(0)).containsExactly("2026年第一季度党员三岗各局汇总");
        assertThat(rows.get(1)).containsExactly("局", "季度", "授牌示范岗", "考核合格", "考核不合格", "撤销示范岗", "责任区考核", "责任区平均分", "测评答卷",
                "满意率（%）", "通过承诺", "评议承诺事项", "践诺事项", "奖励项数", "奖励金额（元）");
        assertThat(rows).filteredOn(r -> r.get(0).equals("安化县森林公安局")).singleElement().isEqualTo(
                List.of("安化县森林公安局", "2026-Q1", "0", "1", "0", "0", "0", "", "0", "", "0", "0", "0", "1", "1000"));
        assertThat(rows.toString()).doesNotContain(post.bureau, post.postId, "M1");
    }

    @Test
    void with_zone_service_down_the_county_sheet_is_still_written_with_bureau_ids() {
        String bureau = rewardedPost().bureau;
        EvaluationServiceTest.ZONE.bureau(bureau, "沅江市森林公安局");
        List<List<String>> rows;
        EvaluationServiceTest.ZONE.stop();
        try {
            rows = Sheets.download(county(), "/api/evaluation/county/feed.xlsx?quarter=2026-Q1");
        } finally {
            EvaluationServiceTest.ZONE.start();
        }

        assertThat(rows).extracting(r -> r.get(0)).contains(bureau).doesNotContain("沅江市森林公安局");
    }

    /** A post of a fresh bureau that earned a reward in 2026-Q1, once the county's feed has counted it. */
    private PostEvents rewardedPost() {
        String bureau = TestBureaus.fresh();
        PostEvents post = new PostEvents(bureau);
        post.deliver(post.assessed("2025-Q4", true), post.assessed("2026-Q1", true));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> county().get("/api/evaluation/county/feed?quarter=2026-Q1").json().valueStream()
                        .anyMatch(b -> b.path("bureauId").asString().equals(bureau)
                                && b.path("summary").path("rewardsGranted").asInt() == 1));
        return post;
    }

    private Api county() {
        return Api.at(port).as(TestTokens.county());
    }

    @Test
    void a_bureau_caller_of_any_role_is_refused_the_county_sheet() {
        Api bureauStaff = Api.at(port).as(TestTokens.token(TestBureaus.fresh(), "O1", "MEMBER", "UNIT_HEAD", "LEADER",
                "SECRETARY", "OFFICE", "ADMIN"));

        assertThat(bureauStaff.download("/api/evaluation/county/feed.xlsx?quarter=2026-Q1").status()).isEqualTo(403);
        assertThat(Api.at(port).as(TestTokens.county()).download("/api/evaluation/county/feed.xlsx?quarter=2026-Q5")
                .status()).isEqualTo(400);
    }
}
