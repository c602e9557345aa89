package cn.sangang.pledge.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.sangang.events.EventTypes;
import cn.sangang.events.reminder.ReminderDue;
import cn.sangang.events.reminder.ReminderKind;
import cn.sangang.platform.reminder.ChineseDates;
import cn.sangang.platform.reminder.Deadlines;
import cn.sangang.platform.reminder.Reminders;
import cn.sangang.platform.security.Role;
import cn.sangang.pledge.pledge.OpenPledges;

/**
 * 完成时限 and 限期整改: an item of an approved or published pledge not yet reported done, and an item under a
 * rectification order not yet closed, is reminded 7 days before its deadline to the person responsible for it, and
 * once it is overdue to them and the branch secretary, who keeps the ledger. Both act on the pledge's page.
 */
@Component
class DeadlineReminders {

    static final int DAYS_BEFORE = 7;

    private final OpenPledges pledges;
    private final Reminders reminders;

    DeadlineReminders(OpenPledges pledges, Reminders reminders) {
        this.pledges = pledges;
        this.reminders = reminders;
    }

    int scan(String bureau, LocalDate today) {
        List<ReminderDue> due = new ArrayList<>();
        for (OpenPledges.OpenItem item : pledges.openItems(bureau)) {
            Deadlines.threshold(item.deadline(), today, DAYS_BEFORE)
                    .ifPresent(threshold -> due.add(item(item, threshold)));
        }
        for (OpenPledges.OpenRectification order : pledges.openRectifications(bureau)) {
            Deadlines.threshold(order.deadline(), today, DAYS_BEFORE)
                    .ifPresent(threshold -> due.add(rectification(order, threshold)));
        }
        return reminders.send(EventTypes.PLEDGE_REMINDER_DUE, bureau, due);
    }

    private static ReminderDue item(OpenPledges.OpenItem item, String threshold) {
        boolean overdue = Deadlines.OVERDUE.equals(threshold);
        return new ReminderDue("pledge-item:" + item.pledgeId() + ":" + item.itemNo(), threshold,
                ReminderKind.PLEDGE_ITEM_DEADLINE, overdue ? "承诺事项已逾期" : "承诺事项完成时限临近",
                item.name() + "的承诺第 " + item.itemNo() + " 项「" + item.content() + "」（责任人：" + item.responsibleName()
                        + "）完成时限为" + ChineseDates.date(item.deadline()) + (overdue ? "，已逾期，尚未报告完成" : "，尚未报告完成"),
                link(item.pledgeId()), item.deadline(), List.of(item.responsiblePersonNo()), recipients(overdue));
    }

    private static ReminderDue rectification(OpenPledges.OpenRectification order, String threshold) {
        boolean overdue = Deadlines.OVERDUE.equals(threshold);
        return new ReminderDue("pledge-rectification:" + order.pledgeId() + ":" + order.itemNo(), threshold,
                ReminderKind.RECTIFICATION_DEADLINE, overdue ? "承诺整改已逾期" : "承诺整改期限临近",
                item(order) + "责令限期整改「" + order.order() + "」，整改期限" + ChineseDates.date(order.deadline())
                        + (overdue ? "，已逾期，尚未整改销号" : "，尚未整改销号"),
                link(order.pledgeId()), order.deadline(), List.of(order.responsiblePersonNo()), recipients(overdue));
    }

    private static String item(OpenPledges.OpenRectification order) {
        return order.name() + "的承诺第 " + order.itemNo() + " 项「" + order.content() + "」（责任人：" + order.responsibleName()
                + "）";
    }

    /** The secretary hears of an overdue one; before that it is the responsible person's own business. */
    private static List<String> recipients(boolean overdue) {
        return overdue ? List.of(Role.SECRETARY.name()) : List.of();
    }

    /** The pledge's page, where the responsible person reports progress and the secretary inspects or closes it. */
    private static String link(String pledgeId) {
        return "/app/pledges/" + pledgeId;
    }
}
