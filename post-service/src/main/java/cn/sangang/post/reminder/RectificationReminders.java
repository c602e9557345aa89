package cn.sangang.post.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.post.PostKind;
import cn.sangang.events.reminder.ReminderDue;
import cn.sangang.events.reminder.ReminderKind;
import cn.sangang.platform.reminder.ChineseDates;
import cn.sangang.platform.reminder.Deadlines;
import cn.sangang.platform.reminder.Reminders;
import cn.sangang.platform.security.Role;
import cn.sangang.post.post.TitledPosts;

/**
 * 限期整改: a rectification an assessment ordered and nobody has closed is reminded 7 days before its deadline and
 * again once it is overdue — to the branch secretary, who follows it up, and to the holder of an individual post,
 * who does it. Each gets the page they can open.
 */
@Component
class RectificationReminders {

    static final int DAYS_BEFORE = 7;
    /** 支部书记 → 示范岗整改, where the secretary closes it (整改销号). */
    static final String SECRETARY_LINK = "/app/secretary/post-rectifications";
    /** The holder's 我的示范岗 card. */
    static final String HOLDER_LINK = "/app/home";

    private final TitledPosts posts;
    private final Reminders reminders;

    RectificationReminders(TitledPosts posts, Reminders reminders) {
        this.posts = posts;
        this.reminders = reminders;
    }

    int scan(LocalDate today) {
        int sent = 0;
        for (TitledPosts.TitledPost post : posts.all()) {
            for (TitledPosts.OpenRectification rectification : post.openRectifications()) {
                Optional<String> threshold = Deadlines.threshold(rectification.deadline(), today, DAYS_BEFORE);
                if (threshold.isPresent()) {
                    sent += reminders.send(EventTypes.POST_REMINDER_DUE, post.bureauId(),
                            reminders(post, rectification, threshold.get()));
                }
            }
        }
        return sent;
    }

    private static List<ReminderDue> reminders(TitledPosts.TitledPost post, TitledPosts.OpenRectification rectification,
            String threshold) {
        boolean overdue = Deadlines.OVERDUE.equals(threshold);
        String subject = "post-rectification:" + post.postId() + ":" + rectification.quarter();
        String title = overdue ? "示范岗整改已逾期" : "示范岗整改期限临近";
        String order = ChineseDates.quarter(Quarter.parse(rectification.quarter())) + "考核责令整改，整改期限"
                + ChineseDates.date(rectification.deadline()) + (overdue ? "，已逾期，尚未整改销号" : "，尚未整改销号");
        List<ReminderDue> all = new ArrayList<>();
        all.add(new ReminderDue(subject, threshold, ReminderKind.RECTIFICATION_DEADLINE, title,
                "「" + post.title() + "」" + order, SECRETARY_LINK, rectification.deadline(), List.of(),
                List.of(Role.SECRETARY.name())));
        if (post.kind() == PostKind.INDIVIDUAL && post.holderPersonNo() != null) {
            all.add(new ReminderDue(subject + ":holder", threshold, ReminderKind.RECTIFICATION_DEADLINE, title,
                    "您的示范岗「" + post.title() + "」" + order, HOLDER_LINK, rectification.deadline(),
                    List.of(post.holderPersonNo()), List.of()));
        }
        return all;
    }
}
