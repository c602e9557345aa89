package cn.sangang.zone.assessment;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.sangang.events.Quarter;
import cn.sangang.platform.reminder.ChineseDates;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.platform.spreadsheet.Column;
import cn.sangang.platform.spreadsheet.XlsxDownloads;
import cn.sangang.zone.assessment.AssessmentApi.AssessmentView;
import cn.sangang.zone.assessment.AssessmentApi.NewAssessment;
import cn.sangang.zone.assessment.domain.ZoneScores;
import cn.sangang.zone.bureau.Bureaus;
import cn.sangang.zone.roster.RosterDirectory;

/**
 * Quarterly zone assessments by the leadership; each emits {@code zone-assessed} for the evaluation feed. Their
 * list is exported as .xlsx too (考核评比表), streamed from the store: a bureau keeps them quarter after quarter.
 */
@RestController
@RequestMapping("/api/zone")
class AssessmentController {

    private static final Role[] READERS = {Role.LEADER, Role.SECRETARY, Role.OFFICE, Role.UNIT_HEAD};

    /** As the assessment screen words them (web leader/zoneAssessment.ts GRADE). */
    private static final Map<ZoneScores.Grade, String> GRADES = Map.of(ZoneScores.Grade.EXCELLENT, "优秀",
            ZoneScores.Grade.GOOD, "良好", ZoneScores.Grade.PASS, "合格", ZoneScores.Grade.FAIL, "不合格");

    /** An assessment with the names the sheet shows for its unit and its assessor. */
    record Line(AssessmentView assessment, String unitName, String assessorName) {
    }

    private static final List<Column<Line>> COLUMNS = List.of(
            Column.of("考核季度", 16, l -> chineseQuarter(l.assessment().quarter())),
            Column.of("责任区", 24, l -> l.assessment().zoneName()), Column.of("所属单位", 16, Line::unitName),
            Column.of("围绕中心工作（分）", 12, l -> l.assessment().coreWorkScore()),
            Column.of("解决实际问题（分）", 12, l -> l.assessment().problemSolvingScore()),
            Column.of("组织功能和服务能力（分）", 14, l -> l.assessment().serviceCapacityScore()),
            Column.of("总分", 8, l -> l.assessment().total()),
            Column.of("等次", 8, l -> GRADES.get(l.assessment().grade())),
            Column.of("考核意见", 40, l -> l.assessment().comments()), Column.of("考核人", 10, Line::assessorName),
            Column.of("考核时间", 18, l -> l.assessment().assessedAt()));

    private final AssessmentService assessments;
    private final RosterDirectory roster;
    private final Bureaus bureaus;

    AssessmentController(AssessmentService assessments, RosterDirectory roster, Bureaus bureaus) {
        this.assessments = assessments;
        this.roster = roster;
        this.bureaus = bureaus;
    }

    @PostMapping("/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    AssessmentView assess(Caller caller, @Valid @RequestBody NewAssessment request) {
        return assessments.assess(caller, request);
    }

    @GetMapping("/assessments")
    List<AssessmentView> list(Caller caller,
            @RequestParam(required = false) @Pattern(regexp = AssessmentApi.QUARTER) String quarter) {
        return assessments.list(caller.bureauAs(READERS), quarter);
    }

    @GetMapping("/assessments.xlsx")
    ResponseEntity<StreamingResponseBody> workbook(Caller caller,
            @RequestParam(required = false) @Pattern(regexp = AssessmentApi.QUARTER) String quarter) {
        String bureau = caller.bureauAs(READERS);
        String title = bureaus.nameOf(bureau) + "党员责任区考核评比表（" + (quarter == null ? "全部季度" : chineseQuarter(quarter))
                + "）";
        return XlsxDownloads.attachmentOfStream(title + ".xlsx", "考核评比", title, COLUMNS, () -> lines(bureau, quarter));
    }

    /** Called on the thread writing the download; the store's cursor is read as the rows are written. */
    private Stream<Line> lines(String bureau, String quarter) {
        Map<String, String> units = roster.unitNames(bureau);
        Map<String, String> people = roster.personNames(bureau);
        return assessments.stream(bureau, quarter).map(a -> new Line(a, units.getOrDefault(a.unitCode(), a.unitCode()),
                people.getOrDefault(a.assessedBy(), a.assessedBy())));
    }

    /** "2026-Q4" as the screens say it: 2026年第四季度. */
    static String chineseQuarter(String quarter) {
        return ChineseDates.quarter(Quarter.parse(quarter));
    }
}
