package cn.sangang.pledge.pledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.springframework.stereotype.Component;

import cn.sangang.events.Quarter;
import cn.sangang.events.pledge.PledgeKind;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.pledge.campaign.Campaigns;
import cn.sangang.pledge.pledge.PledgeApi.ItemView;
import cn.sangang.pledge.pledge.PledgeApi.PledgeView;
import cn.sangang.pledge.pledge.PledgeApi.PublicAppraisal;
import cn.sangang.pledge.pledge.domain.Flags;
import cn.sangang.pledge.pledge.domain.Pledge;

/** Pledges as their readers see them, with the late and overdue flags of today. */
@Component
class PledgeViews {

    /** Roles that see every pledge of the bureau, drafts and returns included. */
    private static final Set<Role> STEWARDS = EnumSet.of(Role.LEADER, Role.SECRETARY, Role.OFFICE);

    private final Campaigns campaigns;
    private final SatisfactionRepository satisfaction;
    private final Clock clock;

    PledgeViews(Campaigns campaigns, SatisfactionRepository satisfaction, Clock clock) {
        this.campaigns = campaigns;
        this.satisfaction = satisfaction;
        this.clock = clock;
    }

    /** Each pledge's public appraisal: the report of its latest surveyed quarter. */
    Map<String, PublicAppraisal> appraisals(String bureau, List<PledgeDocument> pledges) {
        Map<String, SatisfactionDocument> latest = new HashMap<>();
        satisfaction.findByBureauIdAndTargetIdIn(bureau, pledges.stream().map(PledgeDocument::getId).toList())
                .forEach(r -> latest.merge(r.targetId(), r, (a, b) -> a.quarter().compareTo(b.quarter()) >= 0 ? a : b));
        Map<String, PublicAppraisal> appraisals = new HashMap<>();
        pledges.forEach(p -> appraisals.put(p.getId(), PublicAppraisal.of(latest.get(p.getId()))));
        return appraisals;
    }

    static String letterTitle(PledgeKind kind) {
        return kind == PledgeKind.MEMBER ? "党员公开承诺书" : "党组织公开承诺书";
    }

    /** Others' pledges are seen by a plain member once public; their own, and those they answer for, always. */
    static boolean visibleTo(Caller caller, Pledge pledge) {
        return steward(caller) || pledge.isPublic() || pledge.involves(caller.memberId());
    }

    private static boolean steward(Caller caller) {
        return caller.roles().stream().anyMatch(STEWARDS::contains);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Quarter.BUREAU_TIME));
    }

    /** Whether each pledge is late; the campaigns are read once per year however many pledges there are. */
    BiFunction<String, Pledge, Boolean> lateness() {
        LocalDate today = today();
        Map<String, LocalDate> deadlines = new HashMap<>();
        return (bureau,
                pledge) -> pledge.publication() != null
                        ? pledge.publication().late()
                        : Flags.late(
                                deadlines.computeIfAbsent(bureau + ":" + pledge.campaignYear(),
                                        k -> campaigns.of(bureau, pledge.campaignYear()).publicityDeadline()),
                                null, today);
    }

    static boolean overdue(Pledge.Item item, LocalDate today) {
        return Flags.overdue(item.status(), item.draft().deadline(),
                item.rectification() == null ? null : item.rectification().deadline(), today);
    }

    PledgeView view(Caller caller, PledgeDocument p) {
        return views(caller, List.of(p)).getFirst();
    }

    /**
     * The review rounds — checks, notes, guidance — are the leadership's and the author's; other members see the
     * pledge without them.
     */
    List<PledgeView> views(Caller caller, List<PledgeDocument> pledges) {
        LocalDate today = today();
        BiFunction<String, Pledge, Boolean> late = lateness();
        Map<String, PublicAppraisal> appraisals = appraisals(caller.bureau(), pledges);
        return pledges.stream().map(stored -> {
            Pledge p = stored.toPledge();
            return view(stored.getId(), p, late.apply(stored.getBureauId(), p), today, appraisals.get(stored.getId()),
                    steward(caller) || p.proposerPersonNo().equals(caller.memberId()));
        }).toList();
    }

    private static PledgeView view(String id, Pledge p, boolean late, LocalDate today, PublicAppraisal appraisal,
            boolean withRounds) {
        return new PledgeView(id, p.kind(), letterTitle(p.kind()), p.campaignYear(), p.proposerPersonNo(),
                p.proposerName(), p.organisationName(), p.status(), late,
                p.items().stream().map(i -> new ItemView(i.no(), i.draft().content(), i.draft().responsiblePersonNo(),
                        i.draft().responsibleName(), i.draft().deadline(), i.draft().expectedEffect(), i.status(),
                        overdue(i, today), i.progress(), i.inspections(), i.evaluation(), appraisal, i.rectification()))
                        .toList(),
                withRounds ? p.rounds() : List.of(), p.publication(), p.evaluation());
    }
}
