package cn.sangang.evaluation.survey;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import cn.sangang.evaluation.survey.domain.Rating;
import cn.sangang.evaluation.survey.domain.TargetType;
import cn.sangang.platform.problem.BadRequestException;
import cn.sangang.platform.problem.NotFoundException;

/**
 * The public side of a survey, without an account: the question, a challenge to solve, a one-time ticket for this
 * device bought with the solved challenge, and the answer that ticket carries. A device id is whatever the page
 * says, so what bounds the ballots of one machine is the quota of tickets per network and day (in the store, shared
 * by every replica), and what each ticket costs is the challenge's proof of work.
 */
@RestController
@RequestMapping("/public/evaluation/surveys")
class PublicSurveyController {

    record Option(Rating value, String label) {
    }

    record Question(String code, String title, TargetType targetType, String quarter, boolean open,
                    List<Option> options) {
    }

    /**
     * {@code deviceId}: an id the survey page made once and keeps on this device; {@code challenge}: one this survey
     * handed out, {@code nonce} its solution.
     */
    record TicketRequest(@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{16,64}") String deviceId,
                         @NotNull @Size(max = 400) String challenge,
                         @NotNull @Pattern(regexp = "[0-9a-z]{1,16}") String nonce) {
    }

    record Ticket(String ticket, Instant expiresAt) {
    }

    record PublicAnswer(@NotNull @Size(max = 1000) String ticket, @NotNull Rating rating,
                        @Size(max = 500) String opinion) {
    }

    private final Surveys surveys;
    private final SurveyRepository repository;
    private final Tickets tickets;
    private final PublicTargets targets;
    private final Challenges challenges;
    private final TicketDesk desk;
    private final ClientNetworks networks;

    PublicSurveyController(Surveys surveys, SurveyRepository repository, Tickets tickets, PublicTargets targets,
                           Challenges challenges, TicketDesk desk, ClientNetworks networks) {
        this.surveys = surveys;
        this.repository = repository;
        this.tickets = tickets;
        this.targets = targets;
        this.challenges = challenges;
        this.desk = desk;
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
        TargetType type = pledge != null ? TargetType.PLEDGE
            : plaque.startsWith("ZR") ? TargetType.ZONE : TargetType.POST;
        return targets.byCode(type, plaque != null ? plaque : pledge)
            .map(t -> repository.findByBureauIdAndTargetTypeAndTargetIdAndOpenTrueOrderByQuarterDesc(t.bureauId(),
                t.type(), t.targetId()).stream().map(PublicSurveyController::question).toList())
            .orElse(List.of());
    }

    @GetMapping("/{code}")
    Question question(@PathVariable @Pattern(regexp = SurveyController.CODE) String code) {
        return question(repository.findByCode(code)
            .orElseThrow(() -> new NotFoundException("survey.not-found", Map.of("code", code))));
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
    ResponseEntity<Challenges.Challenge> challenge(@PathVariable @Pattern(regexp = SurveyController.CODE) String code) {
        SurveyDocument survey = repository.findByCode(code)
            .orElseThrow(() -> new NotFoundException("survey.not-found", Map.of("code", code)));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(challenges.issue(survey.code()));
    }

    @PostMapping("/{code}/tickets")
    @ResponseStatus(HttpStatus.CREATED)
    Ticket ticket(@PathVariable @Pattern(regexp = SurveyController.CODE) String code,
                  @Valid @RequestBody TicketRequest request, HttpServletRequest http) {
        SurveyDocument survey = surveys.openSurvey(code);
        String ticket = desk.issue(survey, request.deviceId(), request.challenge(), request.nonce(),
            networks.sourceOf(survey.code(), http));
        return new Ticket(ticket, surveys.now().plus(Tickets.VALID_FOR));
    }

    @PostMapping("/{code}/answers")
    @ResponseStatus(HttpStatus.CREATED)
    void answer(@PathVariable @Pattern(regexp = SurveyController.CODE) String code,
                @Valid @RequestBody PublicAnswer request, HttpServletRequest http) {
        SurveyDocument survey = surveys.openSurvey(code);
        surveys.answer(survey, tickets.verify(survey.code(), request.ticket()), request.rating(), request.opinion(),
            networks.sourceOf(survey.code(), http));
    }
}
