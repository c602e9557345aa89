package cn.sangang.pledge.campaign;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.pledge.campaign.Campaigns.Campaign;
import cn.sangang.pledge.campaign.domain.CampaignTerms;

/** Opens a bureau's campaign of a year and changes its title and publicity deadline, each with its audit entry. */
@Service
class CampaignService {

    private final CampaignRepository campaigns;
    private final ChangeRecorder recorder;

    CampaignService(CampaignRepository campaigns, ChangeRecorder recorder) {
        this.campaigns = campaigns;
        this.recorder = recorder;
    }

    Campaign open(Caller caller, int year, String title, LocalDate deadline) {
        String bureau = caller.bureauAs(Role.LEADER, Role.SECRETARY);
        LocalDate publicityDeadline = CampaignTerms.publicityDeadline(year, deadline);
        CampaignDocument campaign = new CampaignDocument(bureau, year, CampaignTerms.title(year, title),
                publicityDeadline);
        recorder.audit(campaign, caller, "campaign.opened", null,
                "开展" + campaign.title() + "，公示截止 " + publicityDeadline);
        try {
            return Campaigns.view(campaigns.insert(campaign));
        } catch (DuplicateKeyException exists) {
            throw new ConflictException("campaign.already-open", Map.of("year", year));
        }
    }

    Campaign change(Caller caller, int year, String title, LocalDate deadline) {
        String bureau = caller.bureauAs(Role.LEADER, Role.SECRETARY);
        CampaignDocument campaign = campaigns.findByBureauIdAndYear(bureau, year)
                .orElseThrow(() -> new NotFoundException("campaign.not-found", Map.of("year", year)));
        campaign.change(CampaignTerms.title(year, title), CampaignTerms.publicityDeadline(year, deadline));
        recorder.audit(campaign, caller, "campaign.changed", null, campaign.title() + "，公示截止改为 " + deadline);
        return Campaigns.view(campaigns.save(campaign));
    }
}
