package cn.sangang.pledge.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.sangang.events.Quarter;
import cn.sangang.platform.reminder.ReminderScan;
import cn.sangang.platform.schedule.LeasedJobs;
import cn.sangang.pledge.campaign.Campaigns;

/**
 * Finds, in every bureau with a campaign, what is due now — the publicity deadline, pledges waiting for review, item
 * deadlines and rectification orders — and sends each reminder through the ledger, which lets it out once: a scan may
 * find the same thing due every time, on any replica, after any restart.
 */
@Component
class PledgeReminderScan extends ReminderScan {

    static final String JOB = "pledge-reminders";

    private final Campaigns campaigns;
    private final PublicityReminders publicity;
    private final ReviewReminders reviews;
    private final DeadlineReminders deadlines;
    private final Clock clock;

    PledgeReminderScan(Campaigns campaigns, PublicityReminders publicity, ReviewReminders reviews,
            DeadlineReminders deadlines, LeasedJobs jobs, Clock clock, @Value(INTERVAL) Duration scanInterval) {
        super(JOB, jobs, scanInterval);
        this.campaigns = campaigns;
        this.publicity = publicity;
        this.reviews = reviews;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = INTERVAL, initialDelayString = INTERVAL)
    void scheduled() {
        scanUnderLease();
    }

    @Override
    protected void scan(Round round) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Quarter.BUREAU_TIME);
        for (String bureau : campaigns.bureaus()) {
            round.part("publicity in " + bureau, () -> publicity.scan(bureau, today));
            round.part("reviews in " + bureau, () -> reviews.scan(bureau, now));
            round.part("deadlines in " + bureau, () -> deadlines.scan(bureau, today));
        }
    }
}
