package cn.sangang.evaluation.survey;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.sangang.evaluation.zone.ZoneNames;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.platform.spreadsheet.XlsxDownloads;

/** The list of surveys as a sheet, at the list's own path with .xlsx (which a sub-path of the list cannot map). */
@RestController
class SurveyListSheetController {

    private final SurveyService surveys;
    private final Tally tally;
    private final ZoneNames zone;

    SurveyListSheetController(SurveyService surveys, Tally tally, ZoneNames zone) {
        this.surveys = surveys;
        this.tally = tally;
        this.zone = zone;
    }

    /** Every survey of the bureau with its counts and rate, as the list shows them, to the same roles. */
    @GetMapping("/api/evaluation/surveys.xlsx")
    ResponseEntity<StreamingResponseBody> surveys(Caller caller) {
        String bureau = caller.bureauAs(Role.bureauRoles());
        List<SurveySheets.SurveyLine> lines = surveys.ofBureau(bureau).stream()
                .map(s -> new SurveySheets.SurveyLine(s.code(), s.targetType(), s.title(), s.quarter(), s.open(),
                        tally.of(s.code())))
                .toList();
        return XlsxDownloads.attachment("满意度测评结果汇总.xlsx", "测评结果", zone.bureau(bureau) + "群众满意度测评结果汇总",
                SurveySheets.SURVEYS, lines::iterator);
    }
}
