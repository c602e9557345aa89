package cn.sangang.post.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.sangang.events.Quarter;
import cn.sangang.platform.schedule.LeasedJobs;

/**
 * Finds, in every bureau, what is due now — votes, quarterly assessments, rectification deadlines — and sends each
 * reminder through the ledger, which lets it out once: a scan may find the same thing due every time, on any
 * replica, after any restart. One replica scans at a time, under a lease longer than the scan interval.
 */
@Component
class PostReminderScan {

    static final String JOB = "post-reminders";
    private static final Logger log = LoggerFactory.getLogger(PostReminderScan.class);

    private final ElectionReminders elections;
    private final AssessmentReminders assessments;
    private final RectificationReminders rectifications;
    private final LeasedJobs jobs;
    private final Clock clock;
    private final Duration lease;

    PostReminderScan(ElectionReminders elections, AssessmentReminders assessments,
                     RectificationReminders rectifications, LeasedJobs jobs, Clock clock,
                     @Value("${sangang.reminders.scan-interval:PT10M}") Duration scanInterval) {
        this.elections = elections;
        this.assessments = assessments;
        this.rectifications = rectifications;
        this.jobs = jobs;
        this.clock = clock;
        this.lease = scanInterval.multipliedBy(2);
    }

    @Scheduled(fixedDelayString = "${sangang.reminders.scan-interval:PT10M}",
        initialDelayString = "${sangang.reminders.scan-interval:PT10M}")
    void scheduled() {
        jobs.runExclusively(JOB, lease, this::run);
    }

    void run() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Quarter.BUREAU_TIME);
        int sent = part("elections", elections::scan) + part("assessments", () -> assessments.scan(today))
            + part("rectifications", () -> rectifications.scan(today));
        if (sent > 0) {
            log.info("post reminders sent: {}", sent);
        }
    }

    /** One kind of reminder failing (the store briefly away) does not hold back the others; the next scan retries. */
    private static int part(String kind, IntSupplier scan) {
        try {
            return scan.getAsInt();
        } catch (RuntimeException e) {
            log.warn("post reminders of {} not scanned: {}", kind, e.getMessage());
            return 0;
        }
    }
}
