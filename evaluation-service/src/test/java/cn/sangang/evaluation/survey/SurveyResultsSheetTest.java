package cn.sangang.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import cn.sangang.evaluation.EvaluationServiceTest;
import cn.sangang.events.Quarter;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.Sheets;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

@EvaluationServiceTest
class SurveyResultsSheetTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    String bureau;
    String code;

    @BeforeEach
    void survey() {
        bureau = TestBureaus.fresh();
        EvaluationServiceTest.ZONE.bureau(bureau, "桃江县森林公安局");
        var created = office().post("/api/evaluation/surveys", Map.of("targetType", "ZONE", "targetId", "zone-7",
                "title", "林政股责任区满意度测评", "quarter", Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        code = created.json().path("code").asString();
    }

    Api office() {
        return Api.at(port).as(TestTokens.token(bureau, "O1", "OFFICE"));
    }

    void memberAnswers(String member, String rating, String opinion) {
        var body = opinion == null ? Map.of("rating", rating) : Map.of("rating", rating, "opinion", opinion);
        assertThat(Api.at(port).as(TestTokens.token(bureau, member, "MEMBER"))
                .post("/api/evaluation/surveys/" + code + "/answers", body).status()).isEqualTo(201);
    }

    @Test
    void the_results_sheet_gives_the_counts_and_rate_and_every_opinion_oldest_first() {
        memberAnswers("M1", "SATISFIED", "巡山及时");
        memberAnswers("M2", "BASICALLY_SATISFIED", null);
        memberAnswers("M3", "DISSATISFIED", "=1+1 回复太慢");

        List<List<String>> rows = Sheets.download(office(), "/api/evaluation/surveys/" + code + "/results.xlsx");

        assertThat(rows.get(0).get(0)).startsWith("桃江县森林公安局林政股责任区满意度测评（")
                .endsWith("季度） 测评结果：答卷 3 份，满意 1，基本满意 1，不满意 1，满意率 66.7%");
        assertThat(rows.get(1)).containsExactly("序号", "提交时间", "评价", "意见建议");
        assertThat(rows).hasSize(4);
        assertThat(List.of(rows.get(2).get(0), rows.get(2).get(2), rows.get(2).get(3))).containsExactly("1", "满意",
                "巡山及时");
        assertThat(List.of(rows.get(3).get(0), rows.get(3).get(2), rows.get(3).get(3)))
                .as("an opinion is text, never a formula").containsExactly("2", "不满意", "=1+1 回复太慢");
        assertThat(rows.toString()).doesNotContain("M1", "M3");
    }

    @Test
    void the_survey_list_sheet_has_each_surveys_counts_and_rate() {
        memberAnswers("M1", "SATISFIED", null);
        memberAnswers("M2", "DISSATISFIED", null);

        List<List<String>> rows = Sheets.download(Api.at(port).as(TestTokens.token(bureau, "M9", "MEMBER")),
                "/api/evaluation/surveys.xlsx");

        assertThat(rows.get(0)).containsExactly("桃江县森林公安局群众满意度测评结果汇总");
        assertThat(rows.get(1)).containsExactly("测评编号", "测评对象", "测评名称", "季度", "状态", "满意", "基本满意", "不满意", "答卷数",
                "满意率（%）");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).containsExactly(code, "责任区", "林政股责任区满意度测评",
                Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).year() + "年第"
                        + "一二三四".charAt(Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).number() - 1) + "季度",
                "进行中", "1", "0", "1", "2", "50.0");
    }

    @Test
    void ten_thousand_opinions_are_streamed_to_the_sheet_from_a_cursor() {
        List<Document> answers = new ArrayList<>();
        Instant start = Instant.parse("2026-01-10T00:00:00Z");
        for (int i = 0; i < 10_500; i++) {
            answers.add(new Document("_id", code + ":device-" + i).append("bureauId", bureau).append("surveyCode", code)
                    .append("rating", i % 3 == 0 ? "DISSATISFIED" : "SATISFIED")
                    .append("opinion", i % 21 == 20 ? null : "第" + i + "条意见")
                    .append("at", Date.from(start.plusSeconds(i))).append("tally", "COUNTED"));
        }
        mongo.getCollection("answers").insertMany(answers);

        Api.Download download = office().download("/api/evaluation/surveys/" + code + "/results.xlsx");
        List<List<String>> rows = Sheets.texts(download.body());

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Length")).as("sent as it is written, not built first").isNull();
        assertThat(rows).hasSize(2 + 10_000);
        assertThat(rows.get(2).get(3)).isEqualTo("第0条意见");
        assertThat(rows.get(rows.size() - 1)).containsExactly("10000", rows.get(rows.size() - 1).get(1), "满意",
                "第10498条意见");
    }

    @Test
    void another_bureau_finds_no_such_survey_and_a_secretary_or_the_county_is_refused() {
        memberAnswers("M1", "SATISFIED", "甲局的意见");
        Api stranger = Api.at(port).as(TestTokens.token(TestBureaus.fresh(), "O1", "OFFICE", "LEADER"));

        assertThat(stranger.download("/api/evaluation/surveys/" + code + "/results.xlsx").status()).isEqualTo(404);
        assertThat(Sheets.download(stranger, "/api/evaluation/surveys.xlsx")).hasSize(2);
        assertThat(Api.at(port).as(TestTokens.token(bureau, "S1", "SECRETARY", "MEMBER", "UNIT_HEAD", "ADMIN"))
                .download("/api/evaluation/surveys/" + code + "/results.xlsx").status()).isEqualTo(403);
        assertThat(Api.at(port).as(TestTokens.county()).download("/api/evaluation/surveys.xlsx").status())
                .isEqualTo(403);
    }
}
