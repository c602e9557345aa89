package cn.sangang.pledge.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.sangang.events.pledge.PledgeKind;
import cn.sangang.pledge.pledge.domain.ItemStatus;
import cn.sangang.pledge.pledge.domain.Pledge;
import cn.sangang.pledge.pledge.domain.PledgeStatus;

/**
 * What of one bureau's pledges is still to be done, read for the reminders: who has not pledged, which pledges wait
 * for review, which items and rectification orders are open with their deadlines. Every question names the bureau.
 */
@Component
public class OpenPledges {

    /** A pledge in the review queue (审诺) since {@code submittedAt}, in review round {@code round}. */
    public record AwaitingReview(String pledgeId, String name, int campaignYear, int round, int items,
            Instant submittedAt) {
    }

    /** An item not yet done of an approved or published pledge, due by its 完成时限. */
    public record OpenItem(String pledgeId, String name, int itemNo, String content, String responsiblePersonNo,
            String responsibleName, LocalDate deadline) {
    }

    /** An item under a rectification order (责令限期整改) that nobody has closed yet. */
    public record OpenRectification(String pledgeId, String name, int itemNo, String content,
            String responsiblePersonNo, String responsibleName, String order, LocalDate deadline) {
    }

    private static final Set<ItemStatus> UNDONE = EnumSet.of(ItemStatus.PLANNED, ItemStatus.IN_PROGRESS);

    private final PledgeRepository pledges;

    OpenPledges(PledgeRepository pledges) {
        this.pledges = pledges;
    }

    /**
     * The party members of {@code members} who have not filed a pledge of their own in the campaign of {@code year}:
     * any member pledge counts, whatever its state, as a returned one is still the member's pledge.
     */
    public <T> List<T> notPledged(String bureau, int year, List<T> members, Function<T, String> personNo) {
        Set<String> filed = pledges.findByBureauIdAndCampaignYearAndKind(bureau, year, PledgeKind.MEMBER).stream()
                .map(PledgeRepository.Proposer::proposerPersonNo).collect(Collectors.toSet());
        return members.stream().filter(m -> !filed.contains(personNo.apply(m))).toList();
    }

    public List<AwaitingReview> awaitingReview(String bureau) {
        return pledges.findByBureauIdAndStatusInOrderById(bureau, EnumSet.of(PledgeStatus.SUBMITTED)).stream()
                .map(stored -> {
                    Pledge p = stored.toPledge();
                    return new AwaitingReview(stored.getId(), p.pledger(), p.campaignYear(), p.currentRound().no(),
                            p.items().size(), p.currentRound().submittedAt());
                }).toList();
    }

    /** Items of approved (not yet public) and published pledges that their responsible person has not reported done. */
    public List<OpenItem> openItems(String bureau) {
        return pledges
                .findByBureauIdAndStatusInOrderById(bureau, EnumSet.of(PledgeStatus.APPROVED, PledgeStatus.PUBLICIZED))
                .stream().flatMap(stored -> {
                    Pledge p = stored.toPledge();
                    return p.items().stream().filter(i -> UNDONE.contains(i.status()))
                            .map(i -> new OpenItem(stored.getId(), p.pledger(), i.no(), i.draft().content(),
                                    i.draft().responsiblePersonNo(), i.draft().responsibleName(),
                                    i.draft().deadline()));
                }).toList();
    }

    public List<OpenRectification> openRectifications(String bureau) {
        return pledges.findByBureauIdAndItemsStatusOrderById(bureau, ItemStatus.RECTIFYING).stream().flatMap(stored -> {
            Pledge p = stored.toPledge();
            return p.items().stream().filter(i -> i.status() == ItemStatus.RECTIFYING)
                    .map(i -> new OpenRectification(stored.getId(), p.pledger(), i.no(), i.draft().content(),
                            i.draft().responsiblePersonNo(), i.draft().responsibleName(), i.rectification().order(),
                            i.rectification().deadline()));
        }).toList();
    }
}
