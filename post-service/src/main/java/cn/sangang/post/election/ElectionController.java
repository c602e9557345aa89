package cn.sangang.post.election;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.post.election.domain.WinningRule;
import cn.sangang.post.post.Posts;

/** Elections of individual model posts; the tally is shown once the election is closed (results published). */
@RestController
@RequestMapping("/api/post")
class ElectionController {

    private static final String ID = "[0-9a-f]{24}";

    record NewElection(@NotBlank @Size(max = 80) String title,
                       @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = ID) String> candidatePostIds,
                       @NotNull @Min(1) @Max(50) Integer seats) {
    }

    record Ballot(@NotNull @Size(max = 50) List<@NotNull @Pattern(regexp = ID) String> choices) {
    }

    record RuleSetting(@NotNull WinningRule winningRule) {
    }

    record ElectionView(String id, String title, List<Posts.Candidate> candidates, int seats, WinningRule rule,
                        ElectionDocument.Status status, Instant openedAt, Instant closedAt, int ballots,
                        Map<String, Integer> tally, List<String> winners) {
    }

    private final ElectionService service;
    private final ElectionRepository elections;

    ElectionController(ElectionService service, ElectionRepository elections) {
        this.service = service;
        this.elections = elections;
    }

    @GetMapping("/election-rule")
    RuleSetting rule(Caller caller) {
        return new RuleSetting(service.rule(caller.bureauAs(Role.bureauRoles())));
    }

    @PutMapping("/election-rule")
    RuleSetting setRule(Caller caller, @Valid @RequestBody RuleSetting setting) {
        return new RuleSetting(service.setRule(caller, setting.winningRule()));
    }

    @GetMapping("/elections")
    List<ElectionView> list(Caller caller) {
        return elections.findByBureauIdOrderByOpenedAtDesc(caller.bureauAs(Role.bureauRoles())).stream()
            .map(e -> e.view(e.status() == ElectionDocument.Status.CLOSED)).toList();
    }

    @GetMapping("/elections/{id}")
    ElectionView get(Caller caller, @PathVariable @Pattern(regexp = ID) String id) {
        ElectionDocument election = service.election(caller.bureauAs(Role.bureauRoles()), id);
        return election.view(election.status() == ElectionDocument.Status.CLOSED);
    }

    @PostMapping("/elections")
    @ResponseStatus(HttpStatus.CREATED)
    ElectionView open(Caller caller, @Valid @RequestBody NewElection request) {
        return service.open(caller, request.title(), request.candidatePostIds(), request.seats()).view(false);
    }

    @PostMapping("/elections/{id}/ballots")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void vote(Caller caller, @PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody Ballot ballot) {
        service.vote(caller, id, ballot.choices());
    }

    @PostMapping("/elections/{id}/close")
    ElectionView close(Caller caller, @PathVariable @Pattern(regexp = ID) String id) {
        return service.close(caller, id).view(true);
    }
}
