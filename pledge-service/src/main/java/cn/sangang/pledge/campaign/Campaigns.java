package cn.sangang.pledge.campaign;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.problem.RuleViolationException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;

/** The campaigns of a bureau, and the one a pledge belongs to. */
@Service
public class Campaigns {

    /** The source text's publicity deadline: every pledge on the board by May 31. */
    private static final MonthDay DEFAULT_DEADLINE = MonthDay.of(5, 31);

    /** A campaign as pledges see it. */
    public record Campaign(int year, String title, LocalDate publicityDeadline) {
    }

    private final CampaignRepository campaigns;
    private final ChangeRecorder recorder;

    Campaigns(CampaignRepository campaigns, ChangeRecorder recorder) {
        this.campaigns = campaigns;
        this.recorder = recorder;
    }

    /** The campaign of {@code year}, which must have been opened before pledges are filed in it. */
    public Campaign of(String bureau, int year) {
        return campaigns.findByBureauIdAndYear(bureau, year).map(Campaigns::view)
            .orElseThrow(() -> new RuleViolationException("campaign.not-open", Map.of("year", year)));
    }

    /** The campaign of {@code year}, for reading about it: a year the bureau never opened is not found. */
    public Campaign existing(String bureau, int year) {
        return campaigns.findByBureauIdAndYear(bureau, year).map(Campaigns::view)
            .orElseThrow(() -> new NotFoundException("campaign.not-found", Map.of("year", year)));
    }

    /** The campaign of {@code year}, if the bureau opened one. */
    public Optional<Campaign> find(String bureau, int year) {
        return campaigns.findByBureauIdAndYear(bureau, year).map(Campaigns::view);
    }

    /** Every bureau that has opened a campaign: the bureaus where pledges can exist. */
    public Set<String> bureaus() {
        return campaigns.findAllBy().stream().map(CampaignRepository.Owner::bureauId)
            .collect(Collectors.toCollection(TreeSet::new));
    }

    CampaignDocument open(Caller caller, int year, String title, LocalDate deadline) {
        String bureau = caller.bureauAs(Role.LEADER, Role.SECRETARY);
        LocalDate publicityDeadline = deadline != null ? deadline : DEFAULT_DEADLINE.atYear(year);
        requireWithinYear(year, publicityDeadline);
        CampaignDocument campaign = new CampaignDocument(bureau, year,
            title != null ? title.strip() : year + "年度党员承诺践诺活动", publicityDeadline);
        recorder.audit(campaign, caller, "campaign.opened", null,
            "开展" + campaign.title() + "，公示截止 " + publicityDeadline);
        try {
            return campaigns.insert(campaign);
        } catch (DuplicateKeyException exists) {
            throw new ConflictException("campaign.already-open", Map.of("year", year));
        }
    }

    CampaignDocument change(Caller caller, int year, String title, LocalDate deadline) {
        String bureau = caller.bureauAs(Role.LEADER, Role.SECRETARY);
        CampaignDocument campaign = campaigns.findByBureauIdAndYear(bureau, year)
            .orElseThrow(() -> new NotFoundException("campaign.not-found", Map.of("year", year)));
        requireWithinYear(year, deadline);
        campaign.change(title.strip(), deadline);
        recorder.audit(campaign, caller, "campaign.changed", null, campaign.title() + "，公示截止改为 " + deadline);
        return campaigns.save(campaign);
    }

    private static void requireWithinYear(int year, LocalDate deadline) {
        if (deadline.getYear() != year) {
            throw new RuleViolationException("campaign.deadline-outside-year", Map.of("year", year,
                "deadline", deadline.toString()));
        }
    }

    static Campaign view(CampaignDocument c) {
        return new Campaign(c.year(), c.title(), c.publicityDeadline());
    }
}
