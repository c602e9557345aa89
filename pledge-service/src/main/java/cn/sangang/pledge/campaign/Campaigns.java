package cn.sangang.pledge.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.problem.RuleViolationException;

/**
 * The campaigns of a bureau, and the one a pledge belongs to, as the other features read them; only
 * {@link CampaignService} changes them.
 */
@Component
public class Campaigns {

    /** A campaign as pledges see it. */
    public record Campaign(int year, String title, LocalDate publicityDeadline) {
    }

    private final CampaignRepository campaigns;

    Campaigns(CampaignRepository campaigns) {
        this.campaigns = campaigns;
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

    /** The bureau's campaigns, the latest year first. */
    public List<Campaign> all(String bureau) {
        return campaigns.findByBureauIdOrderByYearDesc(bureau).stream().map(Campaigns::view).toList();
    }

    /** Every bureau that has opened a campaign: the bureaus where pledges can exist. */
    public Set<String> bureaus() {
        return campaigns.findAllBy().stream().map(CampaignRepository.Owner::bureauId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Campaign view(CampaignDocument c) {
        return new Campaign(c.year(), c.title(), c.publicityDeadline());
    }
}
