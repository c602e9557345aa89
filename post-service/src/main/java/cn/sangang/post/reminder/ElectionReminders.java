package cn.sangang.post.reminder;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.reminder.ReminderDue;
import cn.sangang.events.reminder.ReminderKind;
import cn.sangang.platform.reminder.ChineseDates;
import cn.sangang.platform.reminder.Reminders;
import cn.sangang.post.election.OpenElections;

/**
 * 民主推选: every party member of the bureau who has not voted in an open election is reminded once, at the first
 * scan after it opened (or after they joined). Elections have no closing date, so there is no later threshold.
 */
@Component
class ElectionReminders {

    static final String OPEN = "open";
    /** MemberHome's 民主推选 card, where a member votes. */
    static final String LINK = "/app/home";

    private final OpenElections elections;
    private final Voters voters;
    private final Reminders reminders;

    ElectionReminders(OpenElections elections, Voters voters, Reminders reminders) {
        this.elections = elections;
        this.voters = voters;
        this.reminders = reminders;
    }

    int scan() {
        int sent = 0;
        for (OpenElections.OpenElection election : elections.all()) {
            List<ReminderDue> notVoted = voters.eligible(election.bureauId()).stream()
                    .filter(personNo -> !election.voters().contains(personNo))
                    .map(personNo -> reminder(election, personNo)).toList();
            sent += reminders.send(EventTypes.POST_REMINDER_DUE, election.bureauId(), notVoted);
        }
        return sent;
    }

    private static ReminderDue reminder(OpenElections.OpenElection election, String personNo) {
        String opened = ChineseDates.date(LocalDate.ofInstant(election.openedAt(), Quarter.BUREAU_TIME));
        return new ReminderDue("election-vote:" + election.electionId() + ":" + personNo, OPEN,
                ReminderKind.ELECTION_VOTE, "民主推选进行中，请投票", "「" + election.title() + "」于" + opened + "开始民主推选党员示范岗，您尚未投票",
                LINK, null, List.of(personNo), List.of());
    }
}
