package cn.sangang.evaluation.survey;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.evaluation.survey.SurveyApi.Option;
import cn.sangang.evaluation.survey.SurveyApi.PublicAnswer;
import cn.sangang.evaluation.survey.SurveyApi.Question;
import cn.sangang.evaluation.survey.SurveyApi.Ticket;
import cn.sangang.evaluation.survey.SurveyApi.TicketRequest;
import cn.sangang.evaluation.survey.domain.Rating;
import cn.sangang.evaluation.survey.domain.TargetType;
import cn.sangang.platform.problem.BadRequestException;

/**
 * The public side of a survey, without an account: the question, a challenge to solve, a one-time ticket for this
 * device bought with the solved challenge, and the answer that ticket carries. A device id is whatever the page
 * says, so what bounds the ballots of one machine is the quota of tickets per network and day (in the store, shared
 * by every replica), and what each ticket costs is the challenge's proof of work.
 */
@RestController
@RequestMapping("/public/evaluation/surveys")
class PublicSurveyController {

    private final SurveyService surveys;
    private final PublicTargets targets;
    private final Challenges challenges;
    private final ClientNetworks networks;

    PublicSurveyController(SurveyService surveys, PublicTargets targets, Challenges challenges,
            ClientNetworks networks) {
        this.surveys = surveys;
        this.targets = targets;
        this.challenges = challenges;
        this.networks = networks;
    }

    /**
     * The open surveys about the post or the zone of a plaque (PQ… a model post's, ZR… a responsibility zone's), or
     * the pledge of a board page — the links those pages carry.
     */
    @GetMapping
    List<Question> about(@RequestParam(required = false) @Pattern(regexp = "(PQ|ZR)[0-9A-Z]{8}") String plaque,
            @RequestParam(required = false) @Pattern(regexp = "PL[0-9A-Z]{8}") String pledge) {
        if ((plaque == null) == (pledge == null)) {
            throw new BadRequestException("survey.plaque-or-pledge");
        }
        TargetType type = pledge != null
                ? TargetType.PLEDGE
                : plaque.startsWith("ZR") ? TargetType.ZONE : TargetType.POST;
        return targets.byCode(type, plaque != null ? plaque : pledge)
                .map(t -> surveys.openAbout(t.bureauId(), t.type(), t.targetId()).stream()
                        .map(PublicSurveyController::question).toList())
                .orElse(List.of());
    }

    @GetMapping("/{code}")
    Question question(@PathVariable @Pattern(regexp = SurveyApi.CODE) String code) {
        return question(surveys.publicSurvey(code));
    }

    private static Question question(SurveyDocument survey) {
        return new Question(survey.code(), survey.title(), survey.targetType(), survey.quarter(), survey.open(),
                Arrays.stream(Rating.values()).map(r -> new Option(r, r.label())).toList());
    }

    /**
     * A fresh challenge of the survey; stateless, so asking for one stores nothing. A closed survey's is of no use,
     * since its tickets are refused, but no harm either.
     */
    @GetMapping("/{code}/challenge")
    ResponseEntity<SurveyApi.Challenge> challenge(@PathVariable @Pattern(regexp = SurveyApi.CODE) String code) {
        SurveyDocument survey = surveys.publicSurvey(code);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(challenges.issue(survey.code()));
    }

    @PostMapping("/{code}/tickets")
    @ResponseStatus(HttpStatus.CREATED)
    Ticket ticket(@PathVariable @Pattern(regexp = SurveyApi.CODE) String code,
            @Valid @RequestBody TicketRequest request, HttpServletRequest http) {
        return surveys.ticket(code, request.deviceId(), request.challenge(), request.nonce(),
                networks.sourceOf(code, http));
    }

    @PostMapping("/{code}/answers")
    @ResponseStatus(HttpStatus.CREATED)
    void answer(@PathVariable @Pattern(regexp = SurveyApi.CODE) String code, @Valid @RequestBody PublicAnswer request,
            HttpServletRequest http) {
        surveys.answerPublicly(code, request.ticket(), request.rating(), request.opinion(),
                networks.sourceOf(code, http));
    }
}
