package cn.sangang.pledge.pledge;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.security.Caller;
import cn.sangang.pledge.pledge.PledgeApi.EvaluationRequest;
import cn.sangang.pledge.pledge.PledgeApi.InspectionRequest;
import cn.sangang.pledge.pledge.PledgeApi.PledgeView;
import cn.sangang.pledge.pledge.PledgeApi.ProgressRequest;
import cn.sangang.pledge.pledge.PledgeApi.RectificationClosed;

/** Fulfilment (践诺: progress, inspections) and evaluation (评诺, rectification) of a published pledge. */
@RestController
@RequestMapping("/api/pledge/pledges/{id}")
class FulfilmentController {

    private final FulfilmentService service;
    private final PledgeViews views;

    FulfilmentController(FulfilmentService service, PledgeViews views) {
        this.service = service;
        this.views = views;
    }

    @PostMapping("/items/{no}/progress")
    PledgeView progress(Caller caller, @PathVariable @Pattern(regexp = PledgeApi.ID) String id,
            @PathVariable @Min(1) @Max(PledgeApi.MAX_ITEMS) int no, @Valid @RequestBody ProgressRequest request) {
        return views.view(caller,
                service.progress(caller, id, no, request.note(), Boolean.TRUE.equals(request.completed())));
    }

    @PostMapping("/items/{no}/inspections")
    PledgeView inspect(Caller caller, @PathVariable @Pattern(regexp = PledgeApi.ID) String id,
            @PathVariable @Min(1) @Max(PledgeApi.MAX_ITEMS) int no, @Valid @RequestBody InspectionRequest request) {
        return views.view(caller, service.inspect(caller, id, no, request.inspectedOn(), request.findings()));
    }

    @PostMapping("/evaluation")
    PledgeView evaluate(Caller caller, @PathVariable @Pattern(regexp = PledgeApi.ID) String id,
            @Valid @RequestBody EvaluationRequest request) {
        return views.view(caller, service.evaluate(caller, id, request));
    }

    @PostMapping("/items/{no}/rectification/closed")
    PledgeView rectified(Caller caller, @PathVariable @Pattern(regexp = PledgeApi.ID) String id,
            @PathVariable @Min(1) @Max(PledgeApi.MAX_ITEMS) int no, @Valid @RequestBody RectificationClosed request) {
        return views.view(caller, service.closeRectification(caller, id, no, request.note()));
    }
}
