package cn.sangang.pledge.pledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

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
import cn.sangang.pledge.pledge.domain.PledgeStatus;

/** Pledges as their readers see them, with the late and overdue flags of today. */
@Component
class PledgeViews {

    /** Roles that see every pledge of the bureau, drafts and returns included. */
    private static final Set<Role> STEWARDS = EnumSet.of(Role.LEADER, Role.SECRETARY, Role.OFFICE);

    private final Campaigns campaigns;
    private final Clock clock;

    PledgeViews(Campaigns campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    static String letterTitle(PledgeKind kind) {
        return kind == PledgeKind.MEMBER ? "党员公开承诺书" : "党组织公开承诺书";
    }

    /** Others' pledges are seen by a plain member once public; their own, and those they answer for, always. */
    static boolean visibleTo(Caller caller, PledgeDocument pledge) {
        return caller.roles().stream().anyMatch(STEWARDS::contains)
            || pledge.status() == PledgeStatus.PUBLICIZED || pledge.status() == PledgeStatus.EVALUATED
            || pledge.proposerPersonNo().equals(caller.memberId())
            || pledge.items().stream().anyMatch(i -> i.draft().responsiblePersonNo().equals(caller.memberId()));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Quarter.BUREAU_TIME));
    }

    boolean late(PledgeDocument pledge) {
        return pledge.publication() != null ? pledge.publication().late()
            : Flags.late(campaigns.of(pledge.getBureauId(), pledge.campaignYear()).publicityDeadline(), null, today());
    }

    static boolean overdue(PledgeDocument.Item item, LocalDate today) {
        return Flags.overdue(item.status(), item.draft().deadline(),
            item.rectification() == null ? null : item.rectification().deadline(), today);
    }

    PledgeView view(PledgeDocument p) {
        LocalDate today = today();
        return new PledgeView(p.getId(), p.kind(), letterTitle(p.kind()), p.campaignYear(), p.proposerPersonNo(),
            p.proposerName(), p.organisationName(), p.status(), late(p),
            p.items().stream().map(i -> new ItemView(i.no(), i.draft().content(), i.draft().responsiblePersonNo(),
                i.draft().responsibleName(), i.draft().deadline(), i.draft().expectedEffect(), i.status(),
                overdue(i, today), i.progress(), i.inspections(), i.evaluation(), PublicAppraisal.NO_DATA_YET,
                i.rectification())).toList(),
            p.rounds(), p.publication(), p.evaluation());
    }
}
