package cn.sangang.zone.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.reminder.ReminderDue;
import cn.sangang.events.reminder.ReminderKind;
import cn.sangang.platform.reminder.ChineseDates;
import cn.sangang.platform.reminder.ReminderScan;
import cn.sangang.platform.reminder.Reminders;
import cn.sangang.platform.reminder.Waiting;
import cn.sangang.platform.schedule.LeasedJobs;
import cn.sangang.platform.security.Role;
import cn.sangang.zone.report.WaitingReports;

/**
 * Reminds the education-practice office of each zone report waiting for it: at the first scan after it was
 * submitted, and again when it has waited three days; nothing once acknowledged. Every bureau's reports, scanned by
 * one replica at a time under a lease; the ledger lets each reminder out once however often a scan finds it due.
 */
@Component
class ReportReminders extends ReminderScan {

    static final String JOB = "zone-reminders";
    /** The office's 责任区报告 page. */
    static final String LINK = "/app/office/reports";

    private final WaitingReports reports;
    private final Reminders reminders;
    private final Clock clock;

    ReportReminders(WaitingReports reports, Reminders reminders, LeasedJobs jobs, Clock clock,
            @Value(INTERVAL) Duration scanInterval) {
        super(JOB, jobs, scanInterval);
        this.reports = reports;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = INTERVAL, initialDelayString = INTERVAL)
    void scheduled() {
        scanUnderLease();
    }

    @Override
    protected void scan(Round round) {
        round.part("reports", this::sendDue);
    }

    private int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (WaitingReports.Waiting report : reports.all()) {
            if (reminders.send(EventTypes.ZONE_REMINDER_DUE, report.bureauId(), reminder(report, now))) {
                sent++;
            }
        }
        return sent;
    }

    private static ReminderDue reminder(WaitingReports.Waiting report, Instant now) {
        String threshold = Waiting.threshold(report.submittedAt(), now);
        LocalDate submitted = LocalDate.ofInstant(report.submittedAt(), Quarter.BUREAU_TIME);
        String waited = Waiting.WAITING.equals(threshold) ? "，尚未处理" : "，已等待 3 天以上，尚未处理";
        return new ReminderDue("zone-report:" + report.reportId(), threshold, ReminderKind.REPORT_WAITING,
                "责任区报告待办公室处理", "「" + report.zoneName() + "」" + ChineseDates.date(submitted) + "提交的"
                        + report.kind().label() + "报告「" + report.title() + "」" + waited,
                LINK, null, List.of(), List.of(Role.OFFICE.name()));
    }
}
