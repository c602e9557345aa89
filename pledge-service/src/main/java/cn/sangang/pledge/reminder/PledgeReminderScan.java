package cn.sangang.pledge.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.sangang.events.Quarter;
import cn.sangang.platform.schedule.LeasedJobs;
import cn.sangang.pledge.campaign.Campaigns;

/**
 * Finds, in every bureau with a campaign, what is due now — the publicity deadline, pledges waiting for review, item
 * deadlines and rectification orders — and sends each reminder through the ledger, which lets it out once: a scan may
 * find the same thing due every time, on any replica, after any restart. One replica scans at a time, under a lease
 * longer than the scan interval.
 */
@Component
class PledgeReminderScan {

    static final String JOB = "pledge-reminders";
    private static final Logger log = LoggerFactory.getLogger(PledgeReminderScan.class);

    private final Campaigns campaigns;
    private final PublicityReminders publicity;
    private final ReviewReminders reviews;
    private final DeadlineReminders deadlines;
    private final LeasedJobs jobs;
    private final Clock clock;
    private final Duration lease;

    PledgeReminderScan(Campaigns campaigns, PublicityReminders publicity, ReviewReminders reviews,
                       DeadlineReminders deadlines, LeasedJobs jobs, Clock clock,
                       @Value("${sangang.reminders.scan-interval:PT10M}") Duration scanInterval) {
        this.campaigns = campaigns;
        this.publicity = publicity;
        this.reviews = reviews;
        this.deadlines = deadlines;
        this.jobs = jobs;
        this.clock = clock;
        this.lease = scanInterval.multipliedBy(2);
    }

    @Scheduled(fixedDelayString = "${sangang.reminders.scan-interval:PT10M}",
        initialDelayString = "${sangang.reminders.scan-interval:PT10M}")
    void scheduled() {
        scanUnderLease();
    }

    /** @return whether this replica held the lease and scanned */
    boolean scanUnderLease() {
        return jobs.runExclusively(JOB, lease, this::run);
    }

    void run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Quarter.BUREAU_TIME);
        int sent = 0;
        for (String bureau : campaigns.bureaus()) {
            sent += part(bureau, "publicity", () -> publicity.scan(bureau, today))
                + part(bureau, "reviews", () -> reviews.scan(bureau, now))
                + part(bureau, "deadlines", () -> deadlines.scan(bureau, today));
        }
        if (sent > 0) {
            log.info("pledge reminders sent: {}", sent);
        }
    }

    /** One part failing (the store briefly away) does not hold back the others; the next scan retries it. */
    private static int part(String bureau, String kind, IntSupplier scan) {
        try {
            return scan.getAsInt();
        } catch (RuntimeException e) {
            log.warn("pledge reminders of {} in bureau {} not scanned: {}", kind, bureau, e.getMessage());
            return 0;
        }
    }
}
