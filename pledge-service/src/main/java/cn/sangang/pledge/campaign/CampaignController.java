package cn.sangang.pledge.campaign;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import cn.sangang.pledge.campaign.Campaigns.Campaign;

/** The pledge campaigns of the caller's bureau, one per year, each with its publicity deadline. */
@RestController
@RequestMapping("/api/pledge/campaigns")
class CampaignController {

    /** 1–60 characters, not all blank: the title is printed on every letter. */
    private static final String TITLE = "(?s)(?=.*\\S).{1,60}";

    /** {@code publicityDeadline} defaults to May 31 of the year; {@code title} to "<year>年度党员承诺践诺活动". */
    record NewCampaign(@NotNull @Min(2000) @Max(2100) Integer year, @Pattern(regexp = TITLE) String title,
                       LocalDate publicityDeadline) {
    }

    record CampaignChange(@NotNull @Pattern(regexp = TITLE) String title, @NotNull LocalDate publicityDeadline) {
    }

    private final Campaigns campaigns;
    private final CampaignRepository repository;

    CampaignController(Campaigns campaigns, CampaignRepository repository) {
        this.campaigns = campaigns;
        this.repository = repository;
    }

    @GetMapping
    List<Campaign> list(Caller caller) {
        return repository.findByBureauIdOrderByYearDesc(caller.bureauAs(Role.bureauRoles())).stream()
            .map(Campaigns::view).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Campaign open(Caller caller, @Valid @RequestBody NewCampaign request) {
        return Campaigns.view(campaigns.open(caller, request.year(), request.title(), request.publicityDeadline()));
    }

    @PutMapping("/{year}")
    Campaign change(Caller caller, @PathVariable @Min(2000) @Max(2100) int year,
                    @Valid @RequestBody CampaignChange request) {
        return Campaigns.view(campaigns.change(caller, year, request.title(), request.publicityDeadline()));
    }
}
