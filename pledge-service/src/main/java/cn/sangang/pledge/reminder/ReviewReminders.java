package cn.sangang.pledge.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.reminder.ReminderDue;
import cn.sangang.events.reminder.ReminderKind;
import cn.sangang.platform.reminder.ChineseDates;
import cn.sangang.platform.reminder.Reminders;
import cn.sangang.platform.reminder.Waiting;
import cn.sangang.platform.security.Role;
import cn.sangang.pledge.pledge.OpenPledges;

/**
 * 审诺: the leadership, who review pledges, is reminded of each pledge in the review queue at the first scan after it
 * was submitted and again when it has waited three days; nothing once it is reviewed. A pledge returned for revision
 * and submitted again is a new round, and reminded as a new subject.
 */
@Component
class ReviewReminders {

    private final OpenPledges pledges;
    private final Reminders reminders;

    ReviewReminders(OpenPledges pledges, Reminders reminders) {
        this.pledges = pledges;
        this.reminders = reminders;
    }

    int scan(String bureau, Instant now) {
        return reminders.send(EventTypes.PLEDGE_REMINDER_DUE, bureau,
                pledges.awaitingReview(bureau).stream().map(pledge -> reminder(pledge, now)).toList());
    }

    private static ReminderDue reminder(OpenPledges.AwaitingReview pledge, Instant now) {
        String threshold = Waiting.threshold(pledge.submittedAt(), now);
        LocalDate submitted = LocalDate.ofInstant(pledge.submittedAt(), Quarter.BUREAU_TIME);
        String waited = Waiting.WAITING.equals(threshold) ? "等待审核" : "已等待 3 天以上，尚未审核";
        return new ReminderDue("pledge-review:" + pledge.pledgeId() + ":" + pledge.round(), threshold,
                ReminderKind.PLEDGE_REVIEW, "承诺待审核",
                pledge.name() + "于" + ChineseDates.date(submitted) + "提交的" + pledge.campaignYear() + "年度承诺（"
                        + pledge.items() + " 项" + (pledge.round() > 1 ? "，第 " + pledge.round() + " 轮修改后重新提交" : "") + "）"
                        + waited,
                "/app/leader/reviews/" + pledge.pledgeId(), null, List.of(), List.of(Role.LEADER.name()));
    }
}
