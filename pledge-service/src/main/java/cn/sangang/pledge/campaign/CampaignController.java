package cn.sangang.pledge.campaign;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import cn.sangang.pledge.campaign.CampaignApi.CampaignChange;
import cn.sangang.pledge.campaign.CampaignApi.NewCampaign;
import cn.sangang.pledge.campaign.Campaigns.Campaign;

/** The pledge campaigns of the caller's bureau, one per year, each with its publicity deadline. */
@RestController
@RequestMapping("/api/pledge/campaigns")
class CampaignController {

    private final Campaigns campaigns;
    private final CampaignService service;

    CampaignController(Campaigns campaigns, CampaignService service) {
        this.campaigns = campaigns;
        this.service = service;
    }

    @GetMapping
    List<Campaign> list(Caller caller) {
        return campaigns.all(caller.bureauAs(Role.bureauRoles()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Campaign open(Caller caller, @Valid @RequestBody NewCampaign request) {
        return service.open(caller, request.year(), request.title(), request.publicityDeadline());
    }

    @PutMapping("/{year}")
    Campaign change(Caller caller, @PathVariable @Min(2000) @Max(2100) int year,
            @Valid @RequestBody CampaignChange request) {
        return service.change(caller, year, request.title(), request.publicityDeadline());
    }
}
