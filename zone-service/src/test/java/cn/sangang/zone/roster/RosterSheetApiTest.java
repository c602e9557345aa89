package cn.sangang.zone.roster;

import static cn.sangang.zone.BureauFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import cn.sangang.events.Topics;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.testkit.Sheets;
import cn.sangang.zone.BureauFixture;
import cn.sangang.zone.RosterWorkbooks;

@ServiceIntegrationTest
class RosterSheetApiTest {

    private static final List<String> HEADER = List.of("工号", "姓名", "所属单位", "党员", "职务", "联系电话", "状态", "积极分子联系人");

    @LocalServerPort
    int port;

    @Autowired
    PersonRepository people;

    BureauFixture b;
    EventCapture capture;

    @BeforeEach
    void bureau() {
        capture = EventCapture.of(Topics.ROSTER);
        b = new BureauFixture(port);
        b.unitWithMembers("linzheng", 2).person("linzheng-N", "linzheng", false);
    }

    @AfterEach
    void close() {
        capture.close();
    }

    @Test
    void an_exported_roster_lists_everyone_the_roster_lists_with_chinese_columns() {
        List<List<String>> rows = cells(Sheets.workbook(b.leader().download("/api/zone/people.xlsx")));

        assertThat(rows.get(1)).isEqualTo(HEADER);
        assertThat(rows.subList(2, rows.size())).extracting(row -> row.get(0)).containsExactly("linzheng-H",
                "linzheng-M1", "linzheng-M2", "linzheng-N");
        assertThat(rows.get(2)).containsExactly("linzheng-H", "姓名linzheng-H", "单位linzheng", "是", "民警", "13800000000",
                "在册", "");
        assertThat(rows.get(5).get(3)).isEqualTo("否");
    }

    @Test
    void an_exported_roster_imports_back_unchanged_and_an_edited_one_adds_and_updates_once() {
        List<List<String>> exported = cells(Sheets.workbook(b.leader().download("/api/zone/people.xlsx")));
        capture.awaitEvents(b.bureau, "member-changed", 4);

        JsonNode unchanged = expect(200,
                b.admin().upload("/api/zone/people/import?mode=preview", "roster.xlsx", RosterWorkbooks.of(exported)))
                .json();
        assertThat(unchanged.path("totals").toString())
                .isEqualTo("{\"rows\":4,\"valid\":4,\"invalid\":0,\"added\":0,\"changed\":0,\"unchanged\":4}");

        List<List<String>> edited = new ArrayList<>(exported);
        edited.set(3, replace(exported.get(3), 1, "李明"));
        edited.add(List.of("linzheng-M3", "王芳", "单位linzheng", "是", "", "13900000000"));
        byte[] file = RosterWorkbooks.of(edited);
        JsonNode preview = expect(200, b.admin().upload("/api/zone/people/import?mode=preview", "roster.xlsx", file))
                .json();
        assertThat(preview.path("applied").asBoolean()).isFalse();
        assertThat(preview.path("totals").path("changed").asInt()).isEqualTo(1);
        assertThat(preview.path("totals").path("added").asInt()).isEqualTo(1);
        assertThat(preview.path("rows").get(1).path("action").asString()).isEqualTo("UPDATE");
        assertThat(preview.path("rows").get(4).path("row").asInt()).isEqualTo(7);
        assertThat(b.admin().get("/api/zone/people/linzheng-M1").json().path("name").asString())
                .as("a preview writes nothing").isEqualTo("姓名linzheng-M1");

        JsonNode applied = expect(200, b.admin().upload("/api/zone/people/import?mode=apply", "roster.xlsx", file))
                .json();

        assertThat(applied.path("applied").asBoolean()).isTrue();
        assertThat(b.admin().get("/api/zone/people/linzheng-M1").json().path("name").asString()).isEqualTo("李明");
        assertThat(b.admin().get("/api/zone/people/linzheng-M3").json().path("phone").asString())
                .isEqualTo("13900000000");
        List<JsonNode> events = capture.awaitEvents(b.bureau, "member-changed", 6);
        assertThat(events.subList(4, 6)).extracting(e -> e.path("payload").path("change").asString())
                .containsExactlyInAnyOrder("UPDATED", "JOINED");
        String roster = b.admin().get("/api/zone/people").body();
        int audited = b.leader().get("/api/zone/audit?limit=1000").json().size();

        JsonNode again = expect(200, b.admin().upload("/api/zone/people/import?mode=apply", "roster.xlsx", file))
                .json();

        assertThat(again.path("totals").path("unchanged").asInt()).isEqualTo(5);
        assertThat(b.admin().get("/api/zone/people").body()).isEqualTo(roster);
        assertThat(b.leader().get("/api/zone/audit?limit=1000").json().size()).isEqualTo(audited);
    }

    @Test
    void an_invalid_row_refuses_the_whole_import_in_chinese_unless_only_the_valid_rows_are_asked_for() {
        byte[] file = RosterWorkbooks.of(List.of(List.of("名册"), HEADER, List.of("NEW1", "新人", "单位linzheng", "是"),
                List.of("NEW2", "另一人", "不存在股", "是"), List.of("NEW3", "", "单位linzheng", "也许"),
                List.of("linzheng-H", "姓名linzheng-H", "单位linzheng", "否", "民警", "13800000000")));
        String roster = b.admin().get("/api/zone/people").body();

        var refused = b.admin().upload("/api/zone/people/import?mode=apply", "roster.xlsx", file);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().path("detail").asString()).startsWith("有 3 行不正确，没有导入任何数据");
        assertThat(refused.json().path("errors")).extracting(JsonNode::asString).containsExactly(
                "第4行 所属单位：本局没有名为“不存在股”的单位", "第5行 姓名：必填", "第5行 党员：应填“是”或“否”，而不是“也许”",
                "第6行 党员：姓名linzheng-H 是“单位linzheng”的负责人，须为该单位党员；请先在单位管理中更换负责人");
        assertThat(b.admin().get("/api/zone/people").body()).isEqualTo(roster);

        JsonNode applied = expect(200,
                b.admin().upload("/api/zone/people/import?mode=apply&validRowsOnly=true", "roster.xlsx", file)).json();

        assertThat(applied.path("totals").path("valid").asInt()).isEqualTo(1);
        assertThat(expect(200, b.admin().get("/api/zone/people/NEW1")).json().path("name").asString()).isEqualTo("新人");
        assertThat(b.admin().get("/api/zone/people/NEW2").status()).isEqualTo(404);
        assertThat(b.admin().get("/api/zone/people/linzheng-H").json().path("partyMember").asBoolean()).isTrue();
    }

    @Test
    void the_template_has_the_export_header_and_imports_as_nothing_to_do() {
        byte[] template = Sheets.workbook(b.admin().download("/api/zone/people/import-template.xlsx"));
        List<List<String>> rows = cells(template);

        assertThat(rows.get(0).getFirst()).startsWith("人员名册导入模板");
        assertThat(rows.get(1)).isEqualTo(HEADER);
        assertThat(rows).hasSize(2);
        assertThat(expect(200, b.admin().upload("/api/zone/people/import?mode=apply", "template.xlsx", template)).json()
                .path("totals").path("rows").asInt()).isZero();
    }

    @Test
    void a_hostile_or_foreign_file_is_refused_with_a_chinese_problem_and_writes_nothing() {
        String roster = b.admin().get("/api/zone/people").body();
        ByteArrayOutputStream formula = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(formula, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("名册");
            IntStream.range(0, HEADER.size()).forEach(c -> sheet.value(1, c, HEADER.get(c)));
            sheet.value(2, 0, "F1");
            sheet.formula(2, 1, "CONCATENATE(\"张\",\"三\")");
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        var withFormula = b.admin().upload("/api/zone/people/import?mode=apply", "f.xlsx", formula.toByteArray());
        var text = b.admin().upload("/api/zone/people/import?mode=apply", "roster.csv", "警号,姓名\n".getBytes());
        var tooLarge = b.admin().upload("/api/zone/people/import?mode=apply", "big.xlsx", new byte[2 * 1024 * 1024]);
        var noFile = b.admin().post("/api/zone/people/import?mode=apply", null);

        assertThat(withFormula.status()).isEqualTo(400);
        assertThat(withFormula.json().path("detail").asString()).isEqualTo("第3行 B列 含有公式，请粘贴为数值后再导入");
        assertThat(withFormula.json().path("code").asString()).isEqualTo("spreadsheet.formula");
        assertThat(text.status()).isEqualTo(415);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(List.of(withFormula, text, tooLarge, noFile)).allMatch(Api.Response::isProblem);
        assertThat(b.admin().get("/api/zone/people").body()).isEqualTo(roster);
    }

    @Test
    void only_the_administrator_imports_and_only_roster_readers_export() {
        byte[] file = RosterWorkbooks.of(List.of(HEADER, List.of("NEW1", "新人", "单位linzheng", "是")));

        assertThat(b.leader().upload("/api/zone/people/import?mode=apply", "r.xlsx", file).status()).isEqualTo(403);
        assertThat(
                b.as("linzheng-H", "UNIT_HEAD").upload("/api/zone/people/import?mode=preview", "r.xlsx", file).status())
                .isEqualTo(403);
        assertThat(b.leader().download("/api/zone/people/import-template.xlsx").status()).isEqualTo(403);
        assertThat(b.as("linzheng-M1", "MEMBER").download("/api/zone/people.xlsx").status()).isEqualTo(403);
        assertThat(b.admin().get("/api/zone/people/NEW1").status()).isEqualTo(404);
    }

    @Test
    void another_bureau_exports_only_its_own_roster_and_imports_only_into_it() {
        BureauFixture other = new BureauFixture(port).unit("linzheng", "单位linzheng");
        byte[] ours = Sheets.workbook(b.leader().download("/api/zone/people.xlsx"));
        String roster = b.admin().get("/api/zone/people").body();

        assertThat(cells(Sheets.workbook(other.leader().download("/api/zone/people.xlsx")))).hasSize(2);
        JsonNode imported = expect(200, other.admin().upload("/api/zone/people/import?mode=apply", "r.xlsx", ours))
                .json();

        assertThat(imported.path("totals").path("added").asInt()).isEqualTo(4);
        assertThat(other.admin().get("/api/zone/people").json().size()).isEqualTo(4);
        assertThat(b.admin().get("/api/zone/people").body()).isEqualTo(roster);
    }

    @Test
    void an_export_of_ten_thousand_people_streams_every_row() {
        BureauFixture big = new BureauFixture(port).unit("xingzhen", "刑侦大队");
        List<PersonDocument> seeded = IntStream.range(0, 10_000).mapToObj(i -> {
            PersonDocument person = new PersonDocument(big.bureau, "X%05d".formatted(i));
            person.describe("民警" + i, "xingzhen", i % 3 == 0, "侦查员", null);
            return person;
        }).toList();
        people.insert(seeded);

        byte[] export = Sheets.workbook(big.leader().download("/api/zone/people.xlsx"));

        List<List<String>> rows = cells(export);
        assertThat(rows).hasSize(10_002);
        assertThat(rows.getLast()).startsWith("X09999", "民警9999", "刑侦大队", "是");
    }

    private static List<String> replace(List<String> row, int column, String value) {
        List<String> changed = new ArrayList<>(row);
        changed.set(column, value);
        return changed;
    }

    /** Rows as text, padded to the header's width (the title row is one cell) so they compare whole. */
    private static List<List<String>> cells(byte[] xlsx) {
        return Sheets.rows(xlsx).stream()
                .map(row -> Sheets.texts(row, Math.max(row.getCellCount(), row.getRowNum() == 1 ? 1 : HEADER.size())))
                .toList();
    }
}
