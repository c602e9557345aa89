package cn.sangang.post.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.sangang.events.Quarter;
import cn.sangang.platform.reminder.ReminderScan;
import cn.sangang.platform.schedule.LeasedJobs;

/**
 * Finds, in every bureau, what is due now — votes, quarterly assessments, rectification deadlines — and sends each
 * reminder through the ledger, which lets it out once: a scan may find the same thing due every time, on any
 * replica, after any restart.
 */
@Component
class PostReminderScan extends ReminderScan {

    static final String JOB = "post-reminders";

    private final ElectionReminders elections;
    private final AssessmentReminders assessments;
    private final RectificationReminders rectifications;
    private final Clock clock;

    PostReminderScan(ElectionReminders elections, AssessmentReminders assessments,
            RectificationReminders rectifications, LeasedJobs jobs, Clock clock,
            @Value(INTERVAL) Duration scanInterval) {
        super(JOB, jobs, scanInterval);
        this.elections = elections;
        this.assessments = assessments;
        this.rectifications = rectifications;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = INTERVAL, initialDelayString = INTERVAL)
    void scheduled() {
        scanUnderLease();
    }

    @Override
    protected void scan(Round round) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Quarter.BUREAU_TIME);
        round.part("elections", elections::scan);
        round.part("assessments", () -> assessments.scan(today));
        round.part("rectifications", () -> rectifications.scan(today));
    }
}
