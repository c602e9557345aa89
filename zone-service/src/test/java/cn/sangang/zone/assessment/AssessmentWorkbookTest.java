package cn.sangang.zone.assessment;

import static cn.sangang.zone.BureauFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.bson.types.ObjectId;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.events.Quarter;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.testkit.Sheets;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;
import cn.sangang.zone.BureauFixture;
import cn.sangang.zone.assessment.domain.ZoneScores;

@ServiceIntegrationTest
class AssessmentWorkbookTest {

    @LocalServerPort
    int port;

    @Autowired
    ZoneAssessmentRepository assessments;

    BureauFixture b;
    final Quarter thisQuarter = Quarter.of(LocalDate.now(Quarter.BUREAU_TIME));

    @BeforeEach
    void assessedZones() {
        b = new BureauFixture(port);
        expect(200, b.admin().put("/api/zone/bureau", Map.of("name", "甲县森林公安局", "reason", "机构设立")));
        b.unitWithMembers("linzheng", 1).unitWithMembers("fazhi", 1);
        String linzheng = b.linzhengZone();
        String fazhi = b.zone("fazhi", "法制股党员责任区", "fazhi-H", "fazhi-M1");
        assess(linzheng, thisQuarter.previous(), 70, "按期完成");
        assess(fazhi, thisQuarter, 95, "成效突出");
        assess(linzheng, thisQuarter, 85, null);
    }

    @Test
    void the_sheet_lists_every_quarter_as_the_list_does_with_scores_grades_and_names_in_chinese() throws IOException {
        var download = b.as("SEC", "SECRETARY").download("/api/zone/assessments.xlsx");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).contains("filename*=UTF-8''");
        List<Row> rows = Sheets.rows(download.body());
        assertThat(rows.get(0).getCellText(0)).isEqualTo("甲县森林公安局党员责任区考核评比表（全部季度）");
        assertThat(Sheets.texts(rows.get(1), 11)).containsExactly("考核季度", "责任区", "所属单位", "围绕中心工作（分）", "解决实际问题（分）",
                "组织功能和服务能力（分）", "总分", "等次", "考核意见", "考核人", "考核时间");
        String now = AssessmentController.chineseQuarter(thisQuarter.toString());
        String before = AssessmentController.chineseQuarter(thisQuarter.previous().toString());
        assertThat(rows.subList(2, rows.size())).extracting(r -> String.join("|", Sheets.texts(r, 11).subList(0, 10)))
                .containsExactly(now + "|林政股党员责任区|单位linzheng|85|85|85|85|良好||姓名linzheng-H",
                        now + "|法制股党员责任区|单位fazhi|95|95|95|95|优秀|成效突出|姓名linzheng-H",
                        before + "|林政股党员责任区|单位linzheng|70|70|70|70|合格|按期完成|姓名linzheng-H");
        assertThat(rows.get(2).getCellAsDate(10)).isPresent();
    }

    @Test
    void a_quarter_chosen_as_on_the_list_exports_that_quarter_only() throws IOException {
        List<Row> rows = Sheets
                .rows(b.leader().download("/api/zone/assessments.xlsx?quarter=" + thisQuarter.previous()).body());

        assertThat(rows.get(0).getCellText(0))
                .endsWith("（" + AssessmentController.chineseQuarter(thisQuarter.previous().toString()) + "）");
        assertThat(rows.subList(2, rows.size())).extracting(r -> r.getCellText(1)).containsExactly("林政股党员责任区");
        assertThat(b.leader().download("/api/zone/assessments.xlsx?quarter=2026-Q5").status()).isEqualTo(400);
    }

    @Test
    void a_caller_of_another_bureau_exports_none_of_this_bureaus_assessments() throws IOException {
        Api intruder = Api.at(port).as(TestTokens.token(TestBureaus.fresh(), "linzheng-H", "MEMBER", "UNIT_HEAD",
                "LEADER", "SECRETARY", "OFFICE", "ADMIN"));

        List<Row> rows = Sheets.rows(intruder.download("/api/zone/assessments.xlsx").body());

        assertThat(rows).as("title and header only").hasSize(2);
        assertThat(rows.get(0).getCellText(0)).doesNotContain("甲县");
    }

    @Test
    void roles_that_do_not_read_the_assessments_are_refused() {
        for (String role : List.of("MEMBER", "ADMIN")) {
            assertThat(b.as("X", role).download("/api/zone/assessments.xlsx").status()).as(role).isEqualTo(403);
        }
        assertThat(Api.at(port).as(TestTokens.county()).download("/api/zone/assessments.xlsx").status()).isEqualTo(403);
    }

    @Test
    void ten_thousand_assessments_stream_into_one_sheet_in_the_lists_order() throws IOException {
        String bureau = TestBureaus.fresh();
        assessments.insert(IntStream.range(0, 10_000)
                .mapToObj(i -> new ZoneAssessmentDocument(bureau, new ObjectId().toHexString(), "责任区%05d".formatted(i),
                        "linzheng", "2025-Q" + (i % 4 + 1), new ZoneScores(80, 80, 80), "意见" + i, "LDR",
                        Instant.parse("2026-01-05T02:00:00Z")))
                .toList());

        var download = Api.at(port).as(TestTokens.token(bureau, "LDR", "LEADER"))
                .download("/api/zone/assessments.xlsx");

        assertThat(download.status()).isEqualTo(200);
        List<Row> rows = Sheets.rows(download.body());
        assertThat(rows).hasSize(10_002);
        assertThat(rows.get(2).getCellText(0) + rows.get(2).getCellText(1)).isEqualTo("2025年第四季度责任区00003");
        assertThat(rows.get(10_001).getCellText(0) + rows.get(10_001).getCellText(1)).isEqualTo("2025年第一季度责任区09996");
    }

    private void assess(String zoneId, Quarter quarter, int score, String comments) {
        Map<String, Object> body = new HashMap<>(Map.of("zoneId", zoneId, "quarter", quarter.toString(),
                "coreWorkScore", score, "problemSolvingScore", score, "serviceCapacityScore", score));
        if (comments != null) {
            body.put("comments", comments);
        }
        expect(201, b.as("linzheng-H", "LEADER").post("/api/zone/assessments", body));
    }
}
