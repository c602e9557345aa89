package cn.sangang.post.post;

import static cn.sangang.post.PostFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.bson.types.ObjectId;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.events.post.PostKind;
import cn.sangang.post.PostFixture;
import cn.sangang.post.PostServiceTest;
import cn.sangang.post.post.domain.Post;
import cn.sangang.post.post.domain.PostStatus;
import cn.sangang.post.post.domain.Standard;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.Sheets;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

@PostServiceTest
class PostWorkbookTest {

    private static final int COLUMNS = 20;

    @LocalServerPort
    int port;

    @Autowired
    PostRepository posts;

    PostFixture f;
    final String thisQuarter = PostFixture.thisQuarter();

    @BeforeEach
    void register() {
        f = new PostFixture(port).assessingThisQuarter();
        String collective = f.awardedCollective("linzheng", "SFG-101");
        expect(200, f.assess(collective, PostFixture.rectification(thisQuarter, PostFixture.inDays(30))));
        f.nominateIndividual("M3");
    }

    @Test
    void the_register_has_each_post_with_holder_plaque_and_a_row_per_assessment_in_the_screens_words()
            throws IOException {
        var download = f.as("OFF", "OFFICE").download("/api/post/posts.xlsx");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download.header("Content-Disposition")).contains("filename*=UTF-8''");
        List<Row> rows = Sheets.rows(download.body());
        assertThat(rows.get(0).getCellText(0)).isEqualTo(f.bureau + "党员示范岗登记台账");
        assertThat(Sheets.texts(rows.get(1), COLUMNS)).containsExactly("示范岗", "类别", "岗位人", "工号", "所在单位", "确定方式", "确定日期",
                "状态", "标牌编号", "授牌日期", "悬挂位置", "考核季度", "考核结果", "群众满意率（%）", "测评份数", "考核意见", "处理", "整改期限", "整改完成", "撤销原因");
        assertThat(rows).hasSize(4);
        List<String> assessed = Sheets.texts(rows.get(2), COLUMNS);
        assertThat(assessed.subList(0, 9)).containsExactly("M3示范岗", "个人示范岗", "姓名M3", "M3", "单位fazhi", "", "", "已提名",
                "");
        assertThat(assessed.subList(11, COLUMNS)).containsOnly("");
        List<String> collective = Sheets.texts(rows.get(3), COLUMNS);
        assertThat(collective.subList(0, 6)).containsExactly("linzheng集体示范岗", "集体示范岗", "", "", "单位linzheng",
                "局务会决议 局务会〔2026〕3号");
        assertThat(collective.get(7) + "|" + collective.get(8) + "|" + collective.get(10))
                .isEqualTo("已授牌|SFG-101|单位门口");
        assertThat(rows.get(3).getCellAsDate(6)).isPresent();
        assertThat(rows.get(3).getCellAsDate(9)).isPresent();
        assertThat(collective.subList(11, 13)).containsExactly(PostWorkbookController.chineseQuarter(thisQuarter),
                "不合格");
        assertThat(collective.get(15) + "|" + collective.get(16)).isEqualTo("服务态度投诉|限期整改");
        assertThat(rows.get(3).getCellAsDate(17)).isPresent();
    }

    @Test
    void the_status_chosen_on_the_list_narrows_the_register() throws IOException {
        List<Row> rows = Sheets.rows(f.secretary().download("/api/post/posts.xlsx?status=AWARDED").body());

        assertThat(rows.get(0).getCellText(0)).endsWith("党员示范岗登记台账（已授牌）");
        assertThat(rows.subList(2, rows.size())).extracting(r -> r.getCellText(0)).containsExactly("linzheng集体示范岗");
        assertThat(f.secretary().download("/api/post/posts.xlsx?status=LOST").status()).isEqualTo(400);
    }

    @Test
    void a_caller_of_another_bureau_exports_none_of_this_bureaus_posts() throws IOException {
        Api intruder = Api.at(port).as(TestTokens.token(TestBureaus.fresh(), "M3", "MEMBER", "UNIT_HEAD", "LEADER",
                "SECRETARY", "OFFICE", "ADMIN"));

        List<Row> rows = Sheets.rows(intruder.download("/api/post/posts.xlsx").body());

        assertThat(rows).as("title and header only").hasSize(2);
        assertThat(rows.get(0).getCellText(0)).doesNotContain(f.bureau);
    }

    @Test
    void roles_that_do_not_keep_the_register_are_refused() {
        for (String role : List.of("MEMBER", "ADMIN")) {
            assertThat(f.as("X", role).download("/api/post/posts.xlsx").status()).as(role).isEqualTo(403);
        }
        assertThat(Api.at(port).as(TestTokens.county()).download("/api/post/posts.xlsx").status()).isEqualTo(403);
    }

    @Test
    void ten_thousand_posts_stream_into_one_sheet_in_the_lists_order() throws IOException {
        String bureau = TestBureaus.fresh();
        posts.insert(IntStream.range(0, 10_000).mapToObj(i -> nominated(bureau, "示范岗%05d".formatted(i))).toList());

        var download = Api.at(port).as(TestTokens.token(bureau, "L1", "LEADER")).download("/api/post/posts.xlsx");

        assertThat(download.status()).isEqualTo(200);
        List<Row> rows = Sheets.rows(download.body());
        assertThat(rows).hasSize(10_002);
        assertThat(rows.get(2).getCellText(0)).isEqualTo("示范岗00000");
        assertThat(rows.get(10_001).getCellText(0) + rows.get(10_001).getCellText(7)).isEqualTo("示范岗09999已提名");
    }

    /** A collective post as kept once nominated, written straight to the store. */
    private static PostDocument nominated(String bureau, String title) {
        return PostDocument.of(new Post(new ObjectId().toHexString(), bureau, PostKind.COLLECTIVE, title, null, null,
                "linzheng", "林政股", Map.of(Standard.LOVES_THE_JOB, "热爱本职"), PostStatus.NOMINATED, null, null, List.of(),
                null, List.of()));
    }
}
