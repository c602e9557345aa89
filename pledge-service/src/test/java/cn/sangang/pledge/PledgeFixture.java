package cn.sangang.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Row;

import cn.sangang.events.Quarter;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.Sheets;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/**
 * A bureau of its own with a stub roster — members M1…M6, the secretary S1, the leader L1, and N1 who is no party
 * member — and this year's campaign, open until the end of the year; then the steps of a pledge through the API.
 */
public final class PledgeFixture {

    public static final String[] CHECKS = {"ADVANCED_NATURE", "CENTRAL_WORK", "POST_DUTIES", "MASSES_WISHES",
            "FEASIBLE"};

    public final String bureau = TestBureaus.fresh();
    public final int year = LocalDate.now(Quarter.BUREAU_TIME).getYear();
    private final Api api;

    public PledgeFixture(int port) {
        this.api = Api.at(port);
        PledgeServiceTest.ZONE.person(bureau, "M1", "linzheng", true).person(bureau, "M2", "linzheng", true)
                .person(bureau, "M3", "fazhi", true).person(bureau, "M4", "fazhi", true)
                .person(bureau, "M5", "fazhi", true).person(bureau, "M6", "fazhi", true)
                .person(bureau, "S1", "office", true).person(bureau, "L1", "office", true)
                .person(bureau, "N1", "xingzhen", false);
        expect(201, leader().post("/api/pledge/campaigns",
                Map.of("year", year, "publicityDeadline", LocalDate.of(year, 12, 31).toString())));
    }

    public Api as(String personNo, String... roles) {
        return api.as(TestTokens.token(bureau, personNo, roles));
    }

    public Api member(String personNo) {
        return as(personNo, "MEMBER");
    }

    public Api leader() {
        return as("L1", "LEADER", "MEMBER");
    }

    public Api secretary() {
        return as("S1", "SECRETARY", "MEMBER");
    }

    public static Map<String, Object> item(String content, String responsible, LocalDate deadline) {
        return Map.of("content", content, "responsiblePersonNo", responsible, "deadline", deadline.toString(),
                "expectedEffect", "群众满意，" + content + "见成效");
    }

    public static LocalDate inDays(int days) {
        return LocalDate.now(Quarter.BUREAU_TIME).plusDays(days);
    }

    /** A member's own pledge of {@code items} in the campaign of {@code year}. */
    @SafeVarargs
    public static Map<String, Object> memberPledge(int year, Map<String, Object>... items) {
        return Map.of("kind", "MEMBER", "campaignYear", year, "items", List.of(items));
    }

    /** The pledge of the party organisation {@code name}, filed by its branch, in the campaign of {@code year}. */
    @SafeVarargs
    public static Map<String, Object> organisationPledge(int year, String name, Map<String, Object>... items) {
        return Map.of("kind", "ORGANISATION", "campaignYear", year, "organisationName", name, "items", List.of(items));
    }

    /** The items of a returned pledge, as its proposer revises them. */
    @SafeVarargs
    public static Map<String, Object> revision(Map<String, Object>... items) {
        return Map.of("items", List.of(items));
    }

    /** The leader's verdict on each item of a published pledge: {@link #fulfilled} or {@link #notFulfilled}. */
    @SafeVarargs
    public final Api.Response evaluate(String id, Map<String, Object>... verdicts) {
        return leader().post("/api/pledge/pledges/" + id + "/evaluation", Map.of("items", List.of(verdicts)));
    }

    /** {@code member}'s report of progress on item {@code itemNo}, not yet done. */
    public Api.Response progress(String member, String id, int itemNo, String note) {
        return member(member).post("/api/pledge/pledges/" + id + "/items/" + itemNo + "/progress",
                Map.of("note", note));
    }

    /** {@code member}'s report that item {@code itemNo} is done. */
    public Api.Response completed(String member, String id, int itemNo, String note) {
        return member(member).post("/api/pledge/pledges/" + id + "/items/" + itemNo + "/progress",
                Map.of("note", note, "completed", true));
    }

    /** The secretary closing the rectification ordered on item {@code itemNo}. */
    public Api.Response closeRectification(String id, int itemNo, String note) {
        return secretary().post("/api/pledge/pledges/" + id + "/items/" + itemNo + "/rectification/closed",
                Map.of("note", note));
    }

    /** The branch's pledge of the organisation {@code name} with one item, approved; returns its id. */
    public String approvedOrganisationPledge(String name, Map<String, Object> item) {
        String id = expect(201, secretary().post("/api/pledge/pledges", organisationPledge(year, name, item))).json()
                .path("id").asString();
        expect(200, approve(id, 1));
        return id;
    }

    /** M1's pledge of two items (M1 answers for the first, M2 for the second); returns its id. */
    public String propose() {
        return propose("M1");
    }

    /** A member's pledge — one per member and campaign — of two items, M1 answering for the first, M2 for the second. */
    public String propose(String member) {
        return expect(201, member(member).post("/api/pledge/pledges",
                memberPledge(year, item("每月走访辖区林农不少于4户", "M1", inDays(60)), item("办理林政案件零投诉", "M2", inDays(90)))))
                .json().path("id").asString();
    }

    public static Map<String, Object> checks(boolean feasible) {
        Map<String, Object> checks = new LinkedHashMap<>();
        for (String check : CHECKS) {
            checks.put(check, true);
        }
        checks.put("FEASIBLE", feasible);
        return checks;
    }

    public static Map<String, Object> review(String decision, int items, int failingItem, String guidance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        if (guidance != null) {
            body.put("guidance", guidance);
        }
        body.put("items", java.util.stream.IntStream.rangeClosed(1, items)
                .mapToObj(no -> Map.of("itemNo", no, "checks", checks(no != failingItem))).toList());
        return body;
    }

    public Api.Response approve(String id, int items) {
        return leader().post("/api/pledge/pledges/" + id + "/review", review("APPROVE", items, 0, null));
    }

    public Api.Response publish(String id) {
        return secretary().post("/api/pledge/pledges/" + id + "/publication", Map.of());
    }

    /** M1's two-item pledge, approved and on the public board; returns its id. */
    public String published() {
        return published("M1");
    }

    public String published(String member) {
        String id = propose(member);
        expect(200, approve(id, 2));
        expect(200, publish(id));
        return id;
    }

    /** M1's published pledge, evaluated: item 1 fulfilled, item 2 ordered rectified by {@code deadline}; its id. */
    public String rectifying(LocalDate deadline) {
        String id = published();
        expect(200, evaluate(id, fulfilled(1), notFulfilled(2, deadline)));
        return id;
    }

    public static Map<String, Object> fulfilled(int itemNo) {
        return Map.of("itemNo", itemNo, "leaderComment", "踏实履诺", "assessment", "按期兑现", "fulfilled", true);
    }

    public static Map<String, Object> notFulfilled(int itemNo, LocalDate deadline) {
        return Map.of("itemNo", itemNo, "leaderComment", "进度滞后", "assessment", "未按期兑现", "fulfilled", false,
                "rectificationOrder", "限期补齐走访记录", "rectificationDeadline", deadline.toString());
    }

    public static List<Row> xlsxRows(byte[] xlsx) {
        return Sheets.rows(xlsx);
    }

    public static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    public static Api.Response expect(int status, Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
