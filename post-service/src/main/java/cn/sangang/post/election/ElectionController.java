package cn.sangang.post.election;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
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
import cn.sangang.post.election.ElectionApi.Ballot;
import cn.sangang.post.election.ElectionApi.ElectionView;
import cn.sangang.post.election.ElectionApi.NewElection;
import cn.sangang.post.election.ElectionApi.RuleSetting;

/** Elections of individual model posts; the tally is shown once the election is closed (results published). */
@RestController
@RequestMapping("/api/post")
class ElectionController {

    private final ElectionService service;

    ElectionController(ElectionService service) {
        this.service = service;
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
        return service.list(caller.bureauAs(Role.bureauRoles())).stream().map(ElectionView::of).toList();
    }

    @GetMapping("/elections/{id}")
    ElectionView get(Caller caller, @PathVariable @Pattern(regexp = ElectionApi.ID) String id) {
        return ElectionView.of(service.election(caller.bureauAs(Role.bureauRoles()), id));
    }

    @PostMapping("/elections")
    @ResponseStatus(HttpStatus.CREATED)
    ElectionView open(Caller caller, @Valid @RequestBody NewElection request) {
        return ElectionView.of(service.open(caller, request.title(), request.candidatePostIds(), request.seats()));
    }

    @PostMapping("/elections/{id}/ballots")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void vote(Caller caller, @PathVariable @Pattern(regexp = ElectionApi.ID) String id,
            @Valid @RequestBody Ballot ballot) {
        service.vote(caller, id, ballot.choices());
    }

    @PostMapping("/elections/{id}/close")
    ElectionView close(Caller caller, @PathVariable @Pattern(regexp = ElectionApi.ID) String id) {
        return ElectionView.of(service.close(caller, id));
    }
}
