package cn.sangang.pledge.pledge;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.sangang.events.Quarter;
import cn.sangang.events.pledge.PledgeKind;
import cn.sangang.pledge.campaign.Campaigns;
import cn.sangang.pledge.pledge.domain.ItemStatus;
import cn.sangang.pledge.pledge.domain.Pledge;
import cn.sangang.pledge.pledge.domain.Pledge.Item;
import cn.sangang.pledge.print.LedgerRow;
import cn.sangang.pledge.print.Letter;
import cn.sangang.pledge.print.LetterPdf;

/** A pledge's letter (定诺) and its ledger lines, in the words they are printed in. */
@Component
class Printouts {

    private final Campaigns campaigns;

    Printouts(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    byte[] letter(PledgeDocument stored, List<Letter.Copy> copies) {
        Pledge pledge = stored.toPledge();
        pledge.status().requireApproved();
        boolean member = pledge.kind() == PledgeKind.MEMBER;
        LocalDate approvedOn = LocalDate.ofInstant(pledge.currentRound().reviewedAt(), Quarter.BUREAU_TIME);
        Letter letter = new Letter(PledgeViews.letterTitle(pledge.kind()), member ? "承诺人" : "承诺组织", pledge.pledger(),
                campaigns.of(stored.getBureauId(), pledge.campaignYear()).title(),
                member ? "为充分发挥共产党员先锋模范作用，立足本职岗位，我郑重承诺：" : "为充分发挥党组织战斗堡垒作用和党员先锋模范作用，本党组织郑重承诺：",
                pledge.items().stream()
                        .map(i -> new Letter.Item(i.no(), i.draft().content(), i.draft().responsibleName(),
                                i.draft().deadline(), i.draft().expectedEffect()))
                        .toList(),
                approvedOn, pledge.publication() == null ? null : pledge.publication().publicCode());
        return LetterPdf.render(letter, copies);
    }

    static LedgerRow row(Pledge pledge, Item item, boolean late, LocalDate today) {
        List<Pledge.Progress> progress = item.progress();
        List<Pledge.Inspection> inspections = item.inspections();
        return new LedgerRow(pledge.kind() == PledgeKind.MEMBER ? "党员承诺" : "党组织承诺", pledge.pledger(), item.no(),
                item.draft().content(), item.draft().responsibleName(), item.draft().deadline(),
                item.draft().expectedEffect(), label(item.status()), PledgeViews.overdue(item, today), late,
                progress.isEmpty() ? null : progress.getLast().note(), progress.size(), inspections.size(),
                inspections.isEmpty() ? null : inspections.getLast().inspectedOn(),
                item.evaluation() == null ? null : item.evaluation().fulfilled() ? "兑现" : "未兑现",
                item.rectification() == null ? null : item.rectification().deadline(),
                item.rectification() == null || item.rectification().closedAt() == null
                        ? null
                        : LocalDate.ofInstant(item.rectification().closedAt(), Quarter.BUREAU_TIME).toString());
    }

    private static String label(ItemStatus status) {
        return switch (status) {
            case PLANNED -> "待公示";
            case IN_PROGRESS -> "践诺中";
            case COMPLETED -> "已完成待评";
            case FULFILLED -> "已兑现";
            case RECTIFYING -> "整改中";
            case RECTIFIED -> "已整改";
        };
    }
}
