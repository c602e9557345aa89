package cn.sangang.pledge.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.sangang.events.EventTypes;
import cn.sangang.events.reminder.ReminderDue;
import cn.sangang.events.reminder.ReminderKind;
import cn.sangang.platform.reminder.ChineseDates;
import cn.sangang.platform.reminder.Deadlines;
import cn.sangang.platform.reminder.Reminders;
import cn.sangang.platform.security.Role;
import cn.sangang.pledge.campaign.Campaigns;
import cn.sangang.pledge.pledge.OpenPledges;
import cn.sangang.pledge.reminder.domain.ReminderText;

/**
 * 承诺公示截止: from a few days before the campaign's publicity deadline, while party members of the bureau have not
 * pledged, the branch secretary is reminded (on the not-pledged page) and each of those members is asked to pledge
 * (on the page that files a pledge); once the deadline has passed, the secretary is reminded again. Nothing goes out
 * when everyone has pledged. The campaign of the bureau's current year counts.
 */
@Component
class PublicityReminders {

    /** The secretary's 未承诺党员 page. */
    static final String SECRETARY_LINK = "/app/secretary/not-pledged";
    /** Where a member files a pledge (提出承诺). */
    static final String MEMBER_LINK = "/app/pledges/new";

    private final Campaigns campaigns;
    private final OpenPledges pledges;
    private final PartyMembers partyMembers;
    private final Reminders reminders;
    private final int daysBefore;

    PublicityReminders(Campaigns campaigns, OpenPledges pledges, PartyMembers partyMembers, Reminders reminders,
            @Value("${sangang.reminders.pledge-publicity-days-before:7}") int daysBefore) {
        this.campaigns = campaigns;
        this.pledges = pledges;
        this.partyMembers = partyMembers;
        this.reminders = reminders;
        this.daysBefore = daysBefore;
    }

    int scan(String bureau, LocalDate today) {
        Optional<Campaigns.Campaign> campaign = campaigns.find(bureau, today.getYear());
        if (campaign.isEmpty()) {
            return 0;
        }
        LocalDate deadline = campaign.get().publicityDeadline();
        Optional<String> threshold = Deadlines.threshold(deadline, today, daysBefore);
        if (threshold.isEmpty()) {
            return 0;
        }
        List<PartyMembers.Member> missing = pledges.notPledged(bureau, campaign.get().year(), partyMembers.of(bureau),
                PartyMembers.Member::personNo);
        if (missing.isEmpty()) {
            return 0;
        }
        return reminders.send(EventTypes.PLEDGE_REMINDER_DUE, bureau,
                reminders(campaign.get(), threshold.get(), missing));
    }

    private static List<ReminderDue> reminders(Campaigns.Campaign campaign, String threshold,
            List<PartyMembers.Member> missing) {
        boolean overdue = Deadlines.OVERDUE.equals(threshold);
        LocalDate deadline = campaign.publicityDeadline();
        String subject = "pledge-publicity:" + campaign.year();
        String names = ReminderText.names(
                missing.stream().map(m -> m.name() == null || m.name().isBlank() ? m.personNo() : m.name()).toList());
        List<ReminderDue> all = new ArrayList<>();
        all.add(new ReminderDue(subject, threshold, ReminderKind.PLEDGE_PUBLICITY_DEADLINE,
                overdue ? "承诺公示截止已过，仍有党员未承诺" : "承诺公示截止临近",
                "「" + campaign.title() + "」公示截止" + ChineseDates.date(deadline) + (overdue ? "，已过截止日，仍有 " : "，尚有 ")
                        + missing.size() + " 名党员未提交承诺：" + names,
                SECRETARY_LINK, deadline, List.of(), List.of(Role.SECRETARY.name())));
        if (!overdue) {
            all.add(new ReminderDue(subject + ":members", threshold, ReminderKind.PLEDGE_PUBLICITY_DEADLINE,
                    "请提交年度公开承诺",
                    "「" + campaign.title() + "」的承诺须在" + ChineseDates.date(deadline) + "前公示，您尚未提交本人承诺，请尽快提出",
                    MEMBER_LINK, deadline, missing.stream().map(PartyMembers.Member::personNo).toList(), List.of()));
        }
        return all;
    }
}
