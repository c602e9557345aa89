package cn.sangang.zone.report;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.sangang.zone.report.domain.ReportKind;
import cn.sangang.zone.report.domain.ReportStatus;

/** The reports of every bureau that wait for the office: submitted, not yet acknowledged. */
@Component
public class WaitingReports {

    public record Waiting(String bureauId, String reportId, String zoneName, ReportKind kind, String title,
            Instant submittedAt) {
    }

    private final ZoneReportRepository reports;

    WaitingReports(ZoneReportRepository reports) {
        this.reports = reports;
    }

    public List<Waiting> all() {
        return reports.findByStatus(ReportStatus.SUBMITTED).stream()
                .map(r -> new Waiting(r.getBureauId(), r.getId(), r.zoneName(), r.kind(), r.title(), r.submittedAt()))
                .toList();
    }
}
