package cn.sangang.evaluation.survey;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.sangang.evaluation.survey.SurveyApi.MemberAnswer;
import cn.sangang.evaluation.survey.SurveyApi.NewSurvey;
import cn.sangang.evaluation.survey.SurveyApi.Results;
import cn.sangang.evaluation.survey.SurveyApi.SurveyView;
import cn.sangang.evaluation.survey.domain.Satisfaction;
import cn.sangang.evaluation.zone.ZoneNames;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.platform.spreadsheet.XlsxDownloads;

/** The office's surveys, their results and opinions, and members answering as members. */
@RestController
@RequestMapping("/api/evaluation/surveys")
class SurveyController {

    private final SurveyService surveys;
    private final Tally tally;
    private final Bursts bursts;
    private final ZoneNames zone;

    SurveyController(SurveyService surveys, Tally tally, Bursts bursts, ZoneNames zone) {
        this.surveys = surveys;
        this.tally = tally;
        this.bursts = bursts;
        this.zone = zone;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SurveyView create(Caller caller, @Valid @RequestBody NewSurvey request) {
        return view(
                surveys.create(caller, request.targetType(), request.targetId(), request.title(), request.quarter()));
    }

    @GetMapping
    List<SurveyView> list(Caller caller) {
        return surveys.ofBureau(caller.bureauAs(Role.bureauRoles())).stream().map(this::view).toList();
    }

    /**
     * One survey's results: its counts and rate in the title, then every opinion written, however many — read
     * through a cursor while the sheet is sent.
     */
    @GetMapping("/{code}/results.xlsx")
    ResponseEntity<StreamingResponseBody> resultsSheet(Caller caller,
            @PathVariable @Pattern(regexp = SurveyApi.CODE) String code) {
        String bureau = caller.bureauAs(Role.OFFICE, Role.LEADER);
        SurveyDocument survey = surveys.bureauSurvey(bureau, code);
        return XlsxDownloads.attachmentOfStream("满意度测评结果-" + survey.title() + ".xlsx", "测评意见",
                SurveySheets.opinionsTitle(zone.bureau(bureau), survey, tally.of(code)), SurveySheets.OPINIONS,
                () -> SurveySheets.numbered(surveys.allOpinions(bureau, code)));
    }

    @GetMapping("/{code}/results")
    Results results(Caller caller, @PathVariable @Pattern(regexp = SurveyApi.CODE) String code) {
        SurveyDocument survey = surveys.bureauSurvey(caller.bureauAs(Role.OFFICE, Role.LEADER), code);
        return new Results(view(survey), tally.of(code),
                tally.latestOpinions(code).orElseGet(() -> surveys.opinions(code, Tally.LATEST_OPINIONS).stream()
                        .map(a -> new Tally.Opinion(a.rating(), a.opinion(), a.at())).toList()));
    }

    /** Many public answers from one network within an hour: for those who read the results to judge. */
    @GetMapping("/{code}/bursts")
    List<SurveyApi.Burst> bursts(Caller caller, @PathVariable @Pattern(regexp = SurveyApi.CODE) String code) {
        String bureau = caller.bureauAs(Role.OFFICE, Role.LEADER);
        return bursts.of(bureau, surveys.bureauSurvey(bureau, code).code());
    }

    @PostMapping("/{code}/close")
    SurveyView close(Caller caller, @PathVariable @Pattern(regexp = SurveyApi.CODE) String code) {
        return view(surveys.close(caller, code));
    }

    /** A member of the survey's bureau answers once, as themself (no ticket needed). */
    @PostMapping("/{code}/answers")
    @ResponseStatus(HttpStatus.CREATED)
    void answer(Caller caller, @PathVariable @Pattern(regexp = SurveyApi.CODE) String code,
            @Valid @RequestBody MemberAnswer request) {
        surveys.answerAsMember(caller, code, request.rating(), request.opinion());
    }

    SurveyView view(SurveyDocument s) {
        Satisfaction satisfaction = tally.of(s.code());
        return new SurveyView(s.code(), s.targetType(), s.targetId(), s.title(), s.quarter(), s.open(), s.automatic(),
                satisfaction.answers(), satisfaction.ratePercent());
    }
}
