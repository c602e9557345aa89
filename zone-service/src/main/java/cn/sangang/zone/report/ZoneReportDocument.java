package cn.sangang.zone.report;

import java.time.Instant;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.platform.outbox.AggregateDocument;
import cn.sangang.zone.report.domain.ReportKind;
import cn.sangang.zone.report.domain.ReportStatus;

/** A written report of a zone to the education-practice office. */
@Document("zone_reports")
@CompoundIndex(name = "bureau_status_time", def = "{'bureauId': 1, 'status': 1, 'submittedAt': -1}")
class ZoneReportDocument extends AggregateDocument {

    private String zoneId;
    private String zoneName;
    private String authorPersonNo;
    private ReportKind kind;
    private String title;
    private String body;
    private Instant submittedAt;
    private ReportStatus status;
    private Step acknowledged;
    private Step published;
    private String publicTitle;
    private String publicSummary;

    /** Who moved the report on, when, and with what note. */
    record Step(String by, Instant at, String note) {
    }

    ZoneReportDocument() {
    }

    ZoneReportDocument(String bureauId, String zoneId, String zoneName, String authorPersonNo, ReportKind kind,
            String title, String body, Instant submittedAt) {
        super(bureauId);
        this.zoneId = zoneId;
        this.zoneName = zoneName;
        this.authorPersonNo = authorPersonNo;
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.submittedAt = submittedAt;
        this.status = ReportStatus.SUBMITTED;
    }

    void acknowledge(String by, Instant at, String note) {
        status = status.acknowledge();
        acknowledged = new Step(by, at, note);
    }

    void publish(String by, Instant at, String title, String summary) {
        status = status.publish(kind);
        published = new Step(by, at, null);
        publicTitle = title;
        publicSummary = summary;
    }

    ReportApi.ReportView view() {
        return new ReportApi.ReportView(getId(), zoneId, zoneName, authorPersonNo, kind, title, body, submittedAt,
                status, acknowledged, published, publicTitle, publicSummary);
    }

    /**
     * The public board's entry. A report published before the office wrote public titles shows the zone and the
     * kind of report instead: its own title was written for the office, not for the public.
     */
    ReportApi.PublicCase publicCase() {
        String shownTitle = publicTitle != null ? publicTitle : zoneName + kind.label();
        return new ReportApi.PublicCase(zoneName, kind, shownTitle, publicSummary, published.at());
    }

    String title() {
        return title;
    }

    String zoneName() {
        return zoneName;
    }

    ReportKind kind() {
        return kind;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    ReportStatus status() {
        return status;
    }
}
