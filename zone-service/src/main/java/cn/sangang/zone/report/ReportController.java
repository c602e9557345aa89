package cn.sangang.zone.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ForbiddenException;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.zone.plan.ZonePlans;
import cn.sangang.zone.plan.domain.Zone;
import cn.sangang.zone.report.domain.ReportKind;
import cn.sangang.zone.report.domain.ReportStatus;

/**
 * Zone heads send written reports to the education-practice office, which acknowledges them and may publish good
 * practice and typical cases on the public board (宣传推介).
 */
@RestController
class ReportController {

    private static final String ID = "[0-9a-f]{24}";

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

    private final ZoneReportRepository reports;
    private final ZonePlans plans;
    private final ChangeRecorder recorder;

    ReportController(ZoneReportRepository reports, ZonePlans plans, ChangeRecorder recorder) {
        this.reports = reports;
        this.plans = plans;
        this.recorder = recorder;
    }

    @PostMapping("/api/zone/reports")
    @ResponseStatus(HttpStatus.CREATED)
    ReportView submit(Caller caller, @Valid @RequestBody NewReport request) {
        String bureau = caller.bureauAs(Role.UNIT_HEAD);
        Zone zone = plans.of(bureau).require(request.zoneId());
        if (!zone.headPersonNo().equals(caller.member())) {
            throw new ForbiddenException("report.not-zone-head", Map.of("zone", zone.name()));
        }
        ZoneReportDocument report = new ZoneReportDocument(bureau, zone.zoneId(), zone.name(), caller.member(),
            request.kind(), request.title().strip(), request.body().strip(), recorder.now());
        recorder.audit(report, caller, "report.submitted", null, zone.name() + "：" + report.title());
        return reports.insert(report).view();
    }

    /** The office and the leadership see every report; a zone head sees their own. */
    @GetMapping("/api/zone/reports")
    List<ReportView> list(Caller caller, @RequestParam(required = false) ReportStatus status) {
        String bureau = caller.bureau();
        if (!caller.has(Role.OFFICE) && !caller.has(Role.LEADER)) {
            caller.require(Role.UNIT_HEAD);
            return reports.findByBureauIdAndAuthorPersonNoOrderBySubmittedAtDesc(bureau, caller.member()).stream()
                .filter(r -> status == null || r.status() == status)
                .map(ZoneReportDocument::view).toList();
        }
        return (status == null ? reports.findByBureauIdOrderBySubmittedAtDesc(bureau)
            : reports.findByBureauIdAndStatusOrderBySubmittedAtDesc(bureau, status)).stream()
            .map(ZoneReportDocument::view).toList();
    }

    @PostMapping("/api/zone/reports/{id}/acknowledge")
    ReportView acknowledge(Caller caller, @PathVariable @Pattern(regexp = ID) String id,
                           @Valid @RequestBody Acknowledgement request) {
        ZoneReportDocument report = report(caller.bureauAs(Role.OFFICE), id);
        report.acknowledge(caller.memberId(), recorder.now(), request.note());
        recorder.audit(report, caller, "report.acknowledged", request.note(), "已收阅：" + report.title());
        return reports.save(report).view();
    }

    @PostMapping("/api/zone/reports/{id}/publish")
    ReportView publish(Caller caller, @PathVariable @Pattern(regexp = ID) String id,
                       @Valid @RequestBody Publication request) {
        ZoneReportDocument report = report(caller.bureauAs(Role.OFFICE), id);
        report.publish(caller.memberId(), recorder.now(), request.publicTitle().strip(), request.publicSummary().strip());
        recorder.audit(report, caller, "report.published", null, "宣传推介：" + report.title() + "（公开标题："
            + request.publicTitle().strip() + "）");
        return reports.save(report).view();
    }

    @GetMapping("/public/zone/bureaus/{bureauId}/cases")
    List<PublicCase> publicCases(@PathVariable @Pattern(regexp = "[a-z0-9-]{1,40}") String bureauId) {
        return reports.findByBureauIdAndStatusOrderBySubmittedAtDesc(bureauId, ReportStatus.PUBLISHED).stream()
            .map(ZoneReportDocument::publicCase).toList();
    }

    private ZoneReportDocument report(String bureau, String id) {
        return reports.findByBureauIdAndId(bureau, id)
            .orElseThrow(() -> new NotFoundException("report.not-found", Map.of("id", id)));
    }
}
