package cn.sangang.zone.plan;

import static cn.sangang.zone.BureauFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.testkit.Sheets;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;
import cn.sangang.zone.BureauFixture;

@ServiceIntegrationTest
class ZoneWorkbookApiTest {

    @LocalServerPort
    int port;

    BureauFixture b;

    @BeforeEach
    void bureau() {
        b = new BureauFixture(port);
        expect(200, b.admin().put("/api/zone/bureau", Map.of("name", "甲县森林公安局", "reason", "机构设立")));
        b.unitWithMembers("linzheng", 3).unitWithMembers("fazhi", 1);
    }

    @Test
    void the_zone_register_has_a_row_for_each_member_with_the_zones_unit_head_tasks_and_responsibility() {
        b.linzhengZone();
        b.zone("fazhi", "法制股党员责任区", "fazhi-H");

        var download = b.office().download("/api/zone/zones.xlsx");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download.header("Content-Disposition")).contains("filename*=UTF-8''").contains("%E7%94%B2%E5%8E%BF"); // 甲县
        List<Row> rows = Sheets.rows(download.body());
        assertThat(rows.get(0).getCellText(0)).isEqualTo("甲县森林公安局党员责任区登记表");
        assertThat(Sheets.texts(rows.get(1), 9)).containsExactly("责任区", "公示牌编号", "所属单位", "负责人", "主要任务", "划定日期", "成员工号",
                "成员姓名", "具体责任");
        assertThat(rows.subList(2, rows.size()))
                .extracting(r -> r.getCellText(0) + "|" + r.getCellText(2) + "|" + r.getCellText(3) + "|"
                        + r.getCellText(6) + "|" + r.getCellText(7) + "|" + r.getCellText(8))
                .containsExactly("林政股党员责任区|单位linzheng|姓名linzheng-H|linzheng-H|姓名linzheng-H|负责linzheng-H片区巡护和群众接待",
                        "林政股党员责任区|单位linzheng|姓名linzheng-H|linzheng-M1|姓名linzheng-M1|负责linzheng-M1片区巡护和群众接待",
                        "法制股党员责任区|单位fazhi|姓名fazhi-H|fazhi-H|姓名fazhi-H|负责fazhi-H片区巡护和群众接待");
        assertThat(rows.get(2).getCellText(1)).startsWith("ZR");
        assertThat(rows.get(2).getCellText(4)).isEqualTo("1.走访基层群众，收集意见建议；2.联系培养入党积极分子");
        assertThat(rows.get(2).getCellAsDate(5)).isPresent();
    }

    @Test
    void the_coverage_gaps_list_members_in_no_zone_and_entries_of_people_who_left_in_the_screens_words() {
        b.zone("linzheng", "林政股党员责任区", "linzheng-H", "linzheng-M1", "linzheng-M2");
        expect(200, b.admin().post("/api/zone/people/linzheng-M2/leave", Map.of("reason", "调离")));

        List<List<String>> rows = Sheets
                .texts(Sheets.workbook(b.as("SEC", "SECRETARY").download("/api/zone/coverage.xlsx")));

        assertThat(rows.get(0).get(0)).startsWith("甲县森林公安局党员责任区覆盖缺口（截至").endsWith("在册党员5人，已纳入2人）");
        assertThat(rows.get(1)).containsExactly("类别", "工号", "姓名", "所在单位", "责任区", "原因");
        assertThat(rows.subList(2, rows.size())).extracting(r -> String.join("|", r)).containsExactly(
                "未纳入责任区|fazhi-H|姓名fazhi-H|单位fazhi||未纳入任何责任区", "未纳入责任区|fazhi-M1|姓名fazhi-M1|单位fazhi||未纳入任何责任区",
                "未纳入责任区|linzheng-M3|姓名linzheng-M3|单位linzheng||未纳入任何责任区",
                "责任区名单需调整|linzheng-M2|姓名linzheng-M2|单位linzheng|林政股党员责任区|已离开本局");
    }

    @Test
    void a_caller_of_another_bureau_exports_none_of_this_bureaus_rows() {
        b.linzhengZone();
        Api intruder = Api.at(port).as(TestTokens.token(TestBureaus.fresh(), "linzheng-M1", "MEMBER", "UNIT_HEAD",
                "LEADER", "SECRETARY", "OFFICE", "ADMIN"));

        for (String export : List.of("/api/zone/zones.xlsx", "/api/zone/coverage.xlsx")) {
            List<List<String>> rows = Sheets.texts(Sheets.workbook(intruder.download(export)));
            assertThat(rows).as(export + ": title and header only").hasSize(2);
            assertThat(rows.get(0).get(0)).doesNotContain("甲县");
        }
    }

    @Test
    void the_exports_are_refused_to_roles_that_do_not_read_the_lists() {
        for (String role : List.of("MEMBER", "UNIT_HEAD", "SECRETARY")) {
            assertThat(b.as("X", role).download("/api/zone/zones.xlsx").status()).as(role).isEqualTo(403);
        }
        for (String role : List.of("MEMBER", "UNIT_HEAD")) {
            assertThat(b.as("X", role).download("/api/zone/coverage.xlsx").status()).as(role).isEqualTo(403);
        }
        assertThat(Api.at(port).as(TestTokens.county()).download("/api/zone/zones.xlsx").status()).isEqualTo(403);
    }
}
