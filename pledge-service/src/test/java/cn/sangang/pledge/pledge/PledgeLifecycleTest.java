package cn.sangang.pledge.pledge;

import static cn.sangang.pledge.PledgeFixture.expect;
import static cn.sangang.pledge.PledgeFixture.inDays;
import static cn.sangang.pledge.PledgeFixture.pdfText;
import static cn.sangang.pledge.PledgeFixture.xlsxRows;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.pledge.PledgeFixture;
import cn.sangang.pledge.PledgeServiceTest;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.EventContracts;

@PledgeServiceTest
class PledgeLifecycleTest {

    @LocalServerPort
    int port;

    PledgeFixture f;
    EventCapture capture;

    @BeforeEach
    void bureau() {
        f = new PledgeFixture(port);
        capture = EventCapture.of(Topics.PLEDGE);
    }

    @AfterEach
    void close() {
        capture.close();
    }

    @Test
    void walks_one_pledge_through_propose_review_sign_publicize_fulfil_and_evaluate() throws IOException {
        // 提诺
        String id = f.propose();
        assertThat(f.leader().get("/api/pledge/pledges/" + id).json().path("status").asString()).isEqualTo("SUBMITTED");

        // 审诺
        var approved = expect(200, f.approve(id, 2)).json();
        assertThat(approved.path("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.path("rounds").get(0).path("reviews").get(1).path("checks").size()).isEqualTo(5);
        var approvedEvent = capture.awaitEvents(f.bureau, "pledge-approved", 1).getFirst();
        EventContracts.assertConforms(EventTypes.PLEDGE_APPROVED, approvedEvent.toString());
        assertThat(approvedEvent.path("payload").path("items").get(1).path("responsiblePersonNo").asString())
                .isEqualTo("M2");

        // 定诺
        var letter = f.member("M1").download("/api/pledge/pledges/" + id + "/letter.pdf");
        assertThat(letter.status()).isEqualTo(200);
        assertThat(letter.contentType()).isEqualTo("application/pdf");
        String text = pdfText(letter.body());
        assertThat(text).contains("《党员公开承诺书》", "每月走访辖区林农不少于4户", "姓名M1", "姓名M2", "第一联 局存档", "第二联 支部及承诺人留存", "第三联 公示栏张贴");

        // 亮诺
        var published = expect(200, f.publish(id)).json();
        String code = published.path("publication").path("publicCode").asString();
        assertThat(published.path("late").asBoolean()).isFalse();
        var board = Api.at(port).get("/public/pledge/bureaus/" + f.bureau + "/pledges?year=" + f.year);
        assertThat(board.status()).isEqualTo(200);
        var onBoard = board.json().get(0);
        assertThat(onBoard.path("publicCode").asString()).isEqualTo(code);
        assertThat(onBoard.path("items").get(0).path("content").asString()).isEqualTo("每月走访辖区林农不少于4户");
        assertThat(onBoard.path("items").get(0).path("responsibleName").asString()).isEqualTo("姓名M1");
        assertThat(onBoard.path("items").get(0).path("deadline").asString()).isEqualTo(inDays(60).toString());
        assertThat(onBoard.path("items").get(0).path("expectedEffect").asString()).startsWith("群众满意");
        assertThat(board.body()).doesNotContain(id).doesNotContain("\"M1\"");
        assertThat(pdfText(Api.at(port).download("/public/pledge/pledges/" + code + "/letter.pdf").body()))
                .contains("第三联 公示栏张贴", code).doesNotContain("第一联");
        var publicized = capture.awaitEvents(f.bureau, "pledge-publicized", 1).getFirst();
        EventContracts.assertConforms(EventTypes.PLEDGE_PUBLICIZED, publicized.toString());
        assertThat(publicized.path("payload").path("publicCode").asString()).isEqualTo(code);

        // 践诺
        expect(200, f.completed("M1", id, 1, "本月走访5户，登记诉求3条"));
        expect(200, f.progress("M2", id, 2, "案件办理中"));
        expect(200, f.secretary().post("/api/pledge/pledges/" + id + "/items/1/inspections",
                Map.of("inspectedOn", inDays(0).toString(), "findings", "走访记录齐全")));
        List<Row> rows = xlsxRows(f.secretary().download("/api/pledge/ledger.xlsx?year=" + f.year).body());
        assertThat(rows.get(0).getCellText(0)).isEqualTo(f.year + "年度党员承诺践诺登记台账");
        assertThat(rows.get(1).getCellText(3)).isEqualTo("承诺内容");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(2).getCellText(3)).isEqualTo("每月走访辖区林农不少于4户");
        assertThat(rows.get(2).getCellText(4)).isEqualTo("姓名M1");
        assertThat(rows.get(2).getCellAsDate(5).orElseThrow().toLocalDate()).isEqualTo(inDays(60));
        assertThat(rows.get(2).getCellText(7)).isEqualTo("已完成待评");
        assertThat(rows.get(2).getCellText(10)).isEqualTo("本月走访5户，登记诉求3条");
        assertThat(rows.get(2).getCellText(12)).isEqualTo("1");
        assertThat(rows.get(3).getCellText(7)).isEqualTo("践诺中");

        // 评诺
        var evaluated = expect(200,
                f.evaluate(id, PledgeFixture.fulfilled(1), PledgeFixture.notFulfilled(2, inDays(30)))).json();
        assertThat(evaluated.path("status").asString()).isEqualTo("EVALUATED");
        assertThat(evaluated.path("items").get(0).path("publicAppraisal").path("note").asString())
                .isEqualTo("no data yet");
        assertThat(evaluated.path("items").get(1).path("status").asString()).isEqualTo("RECTIFYING");
        var result = Api.at(port).get("/public/pledge/pledges/" + code).json();
        assertThat(result.path("items").get(0).path("result").path("fulfilled").asBoolean()).isTrue();
        assertThat(result.path("items").get(1).path("result").path("rectificationDeadline").asString())
                .isEqualTo(inDays(30).toString());
        var evaluatedEvent = capture.awaitEvents(f.bureau, "pledge-evaluated", 1).getFirst();
        EventContracts.assertConforms(EventTypes.PLEDGE_EVALUATED, evaluatedEvent.toString());
        assertThat(evaluatedEvent.path("payload").path("items").get(1).path("fulfilled").asBoolean()).isFalse();

        // the rectification order, tracked to its closing
        expect(200, f.progress("M2", id, 2, "已补齐走访记录"));
        var closed = expect(200, f.closeRectification(id, 2, "整改到位")).json();
        assertThat(closed.path("items").get(1).path("status").asString()).isEqualTo("RECTIFIED");
        assertThat(Api.at(port).get("/public/pledge/pledges/" + code).json().path("items").get(1).path("result")
                .path("rectified").asBoolean()).isTrue();
        assertThat(f.closeRectification(id, 2, "again").status()).isEqualTo(409);
    }

    @Test
    void records_every_progress_entry_made_at_the_same_moment() throws InterruptedException {
        String id = f.published();
        int entries = 8;
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        List<Thread> people = new ArrayList<>();
        for (int n = 0; n < entries; n++) {
            String note = "第" + n + "次走访";
            people.add(Thread.ofVirtual().start(() -> statuses.add(f.progress("M2", id, 2, note).status())));
        }
        for (Thread person : people) {
            person.join();
        }

        assertThat(statuses).hasSize(entries).containsOnly(200);
        assertThat(f.leader().get("/api/pledge/pledges/" + id).json().path("items").get(1).path("progress").size())
                .isEqualTo(entries);
    }

    @Test
    void a_returned_pledge_is_revised_resubmitted_and_approved_with_every_round_kept() {
        String id = f.propose();

        var returned = f.leader().post("/api/pledge/pledges/" + id + "/review",
                PledgeFixture.review("RETURN", 2, 2, "第二项要量化，写明办结时限"));
        expect(200, returned);
        assertThat(returned.json().path("status").asString()).isEqualTo("RETURNED");
        var revised = expect(200,
                f.member("M1").put("/api/pledge/pledges/" + id + "/items",
                        PledgeFixture.revision(PledgeFixture.item("每月走访辖区林农不少于4户", "M1", inDays(60)),
                                PledgeFixture.item("林政案件30日内办结率100%", "M2", inDays(90)))))
                .json();
        assertThat(revised.path("status").asString()).isEqualTo("SUBMITTED");
        var approved = expect(200, f.approve(id, 2)).json();

        assertThat(approved.path("status").asString()).isEqualTo("APPROVED");
        var rounds = approved.path("rounds");
        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(0).path("decision").asString()).isEqualTo("RETURN");
        assertThat(rounds.get(0).path("guidance").asString()).isEqualTo("第二项要量化，写明办结时限");
        assertThat(rounds.get(0).path("items").get(1).path("content").asString()).isEqualTo("办理林政案件零投诉");
        assertThat(rounds.get(0).path("reviews").get(1).path("checks").path("FEASIBLE").asBoolean()).isFalse();
        assertThat(rounds.get(1).path("decision").asString()).isEqualTo("APPROVE");
        assertThat(rounds.get(1).path("items").get(1).path("content").asString()).isEqualTo("林政案件30日内办结率100%");
        var event = capture.awaitEvents(f.bureau, "pledge-approved", 1).getFirst();
        assertThat(event.path("payload").path("round").asInt()).isEqualTo(2);
        assertThat(f.leader().get("/api/pledge/audit?aggregateId=" + id).json())
                .extracting(e -> e.path("action").asString())
                .containsExactly("pledge.approved", "pledge.revised", "pledge.returned", "pledge.proposed");
    }

    @Test
    void the_branch_files_an_organisation_pledge_whose_letter_is_the_organisations() throws IOException {
        String id = f.approvedOrganisationPledge("局机关党支部", PledgeFixture.item("建成森林防火党员先锋队", "M3", inDays(120)));

        String text = pdfText(f.leader().download("/api/pledge/pledges/" + id + "/letter.pdf?copy=ARCHIVE").body());

        assertThat(text).contains("《党组织公开承诺书》", "承诺组织：局机关党支部", "建成森林防火党员先锋队", "第一联 局存档").doesNotContain("第三联");
        assertThat(f.member("M1")
                .post("/api/pledge/pledges",
                        PledgeFixture.organisationPledge(f.year, "x", PledgeFixture.item("x", "M1", inDays(9))))
                .status()).isEqualTo(403);
    }
}
