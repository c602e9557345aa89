package cn.sangang.pledge.pledge;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.pledge.pledge.PledgeApi.NewPledge;
import cn.sangang.pledge.pledge.PledgeApi.PledgeView;
import cn.sangang.pledge.pledge.PledgeApi.PublicationRequest;
import cn.sangang.pledge.pledge.PledgeApi.ReviewRequest;
import cn.sangang.pledge.pledge.PledgeApi.Revision;
import cn.sangang.pledge.pledge.domain.Pledge;
import cn.sangang.pledge.pledge.domain.PledgeStatus;

/**
 * Pledges of the caller's bureau from proposal (提诺) through review (审诺) to the public board (亮诺). Their history
 * is the audit trail: {@code GET /api/pledge/audit?aggregateId=}.
 */
@RestController
@RequestMapping("/api/pledge/pledges")
class PledgeController {

    private final PledgeService service;
    private final PledgeRepository pledges;
    private final PledgeViews views;

    PledgeController(PledgeService service, PledgeRepository pledges, PledgeViews views) {
        this.service = service;
        this.pledges = pledges;
        this.views = views;
    }

    @GetMapping
    List<PledgeView> list(Caller caller, @RequestParam @Min(2000) @Max(2100) int year,
            @RequestParam(required = false) PledgeStatus status) {
        return views.views(caller,
                pledges.findByBureauIdAndCampaignYearOrderById(caller.bureauAs(Role.bureauRoles()), year).stream()
                        .filter(stored -> {
                            Pledge p = stored.toPledge();
                            return (status == null || p.status() == status) && PledgeViews.visibleTo(caller, p);
                        }).toList());
    }

    @GetMapping("/{id}")
    PledgeView get(Caller caller, @PathVariable @Pattern(regexp = PledgeApi.ID) String id) {
        return views.view(caller, service.readable(caller, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PledgeView propose(Caller caller, @Valid @RequestBody NewPledge request) {
        return views.view(caller, service.propose(caller, request));
    }

    @PutMapping("/{id}/items")
    PledgeView revise(Caller caller, @PathVariable @Pattern(regexp = PledgeApi.ID) String id,
            @Valid @RequestBody Revision request) {
        return views.view(caller, service.revise(caller, id, request.items()));
    }

    @PostMapping("/{id}/review")
    PledgeView review(Caller caller, @PathVariable @Pattern(regexp = PledgeApi.ID) String id,
            @Valid @RequestBody ReviewRequest request) {
        return views.view(caller, service.review(caller, id, request));
    }

    @PostMapping("/{id}/publication")
    PledgeView publish(Caller caller, @PathVariable @Pattern(regexp = PledgeApi.ID) String id,
            @Valid @RequestBody PublicationRequest request) {
        return views.view(caller, service.publish(caller, id, request.shownAtMeetingOn()));
    }
}
