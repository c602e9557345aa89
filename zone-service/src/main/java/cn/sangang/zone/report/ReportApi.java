package cn.sangang.zone.report;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.sangang.zone.report.domain.ReportKind;
import cn.sangang.zone.report.domain.ReportStatus;

/** The request and response bodies of the zone report API. */
final class ReportApi {

    static final String ID = "[0-9a-f]{24}";

    private ReportApi() {
    }

    record NewReport(@NotNull @Pattern(regexp = ID) String zoneId, @NotNull ReportKind kind,
            @NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 10000) String body) {
    }

    record Acknowledgement(@Size(max = 1000) String note) {
    }

    /** What the office writes for the public: a title and a summary of its own, never the author's words. */
    record Publication(@NotBlank @Size(max = 100) String publicTitle, @NotBlank @Size(max = 500) String publicSummary) {
    }

    record ReportView(String id, String zoneId, String zoneName, String authorPersonNo, ReportKind kind, String title,
            String body, Instant submittedAt, ReportStatus status, ZoneReportDocument.Step acknowledged,
            ZoneReportDocument.Step published, String publicTitle, String publicSummary) {
    }

    /** What the public board shows of a report: the office's title and summary, never the internal title or text. */
    record PublicCase(String zoneName, ReportKind kind, String title, String summary, Instant publishedAt) {
    }
}
