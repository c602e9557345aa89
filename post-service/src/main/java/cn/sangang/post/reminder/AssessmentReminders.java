package cn.sangang.post.reminder;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.reminder.ReminderDue;
import cn.sangang.events.reminder.ReminderKind;
import cn.sangang.platform.reminder.ChineseDates;
import cn.sangang.platform.reminder.Reminders;
import cn.sangang.platform.security.Role;
import cn.sangang.post.post.TitledPosts;
import cn.sangang.post.reminder.domain.DueQuarters;

/**
 * 每季度考核: once the leadership may assess a quarter of a titled post and has not, the leadership is reminded once
 * per post and quarter. A revoked post holds no title and is not among the titled posts.
 */
@Component
class AssessmentReminders {

    static final String ASSESSABLE = "assessable";
    /** The leadership's 示范岗考核 page. */
    static final String LINK = "/app/leader/posts";

    private final TitledPosts posts;
    private final Reminders reminders;

    AssessmentReminders(TitledPosts posts, Reminders reminders) {
        this.posts = posts;
        this.reminders = reminders;
    }

    int scan(LocalDate today) {
        int sent = 0;
        Map<String, Integer> withinLastDays = new HashMap<>();
        for (TitledPosts.TitledPost post : posts.all()) {
            List<Quarter> due = DueQuarters.unassessed(post.awardedOn(), today,
                    withinLastDays.computeIfAbsent(post.bureauId(), posts::assessWithinLastDays),
                    post.assessedQuarters());
            sent += reminders.send(EventTypes.POST_REMINDER_DUE, post.bureauId(),
                    due.stream().map(quarter -> reminder(post, quarter, today)).toList());
        }
        return sent;
    }

    private static ReminderDue reminder(TitledPosts.TitledPost post, Quarter quarter, LocalDate today) {
        LocalDate lastDay = DueQuarters.lastDay(quarter);
        String when = today.isAfter(lastDay)
                ? "已于" + ChineseDates.date(lastDay) + "结束"
                : "将于" + ChineseDates.date(lastDay) + "结束，已可评定";
        return new ReminderDue("post-assessment:" + post.postId() + ":" + quarter, ASSESSABLE,
                ReminderKind.POST_ASSESSMENT_DUE, "示范岗季度考核待开展",
                "「" + post.title() + "」" + ChineseDates.quarter(quarter) + when + "，尚未考核", LINK, lastDay, List.of(),
                List.of(Role.LEADER.name()));
    }
}
