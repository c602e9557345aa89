package cn.sangang.zone.report;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ForbiddenException;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.zone.plan.ZonePlans;
import cn.sangang.zone.plan.domain.Zone;
import cn.sangang.zone.report.ReportApi.Acknowledgement;
import cn.sangang.zone.report.ReportApi.NewReport;
import cn.sangang.zone.report.ReportApi.PublicCase;
import cn.sangang.zone.report.ReportApi.Publication;
import cn.sangang.zone.report.ReportApi.ReportView;
import cn.sangang.zone.report.domain.ReportStatus;

/**
 * A report's steps, each with its audit entry: the zone's own head submits it, the office acknowledges it and may
 * publish it under a public title and summary of its own.
 */
@Service
class ReportService {

    private final ZoneReportRepository reports;
    private final ZonePlans plans;
    private final ChangeRecorder recorder;

    ReportService(ZoneReportRepository reports, ZonePlans plans, ChangeRecorder recorder) {
        this.reports = reports;
        this.plans = plans;
        this.recorder = recorder;
    }

    ReportView submit(Caller caller, NewReport request) {
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
    List<ReportView> list(Caller caller, ReportStatus status) {
        String bureau = caller.bureau();
        if (!caller.has(Role.OFFICE) && !caller.has(Role.LEADER)) {
            caller.require(Role.UNIT_HEAD);
            return reports.findByBureauIdAndAuthorPersonNoOrderBySubmittedAtDesc(bureau, caller.member()).stream()
                    .filter(r -> status == null || r.status() == status).map(ZoneReportDocument::view).toList();
        }
        return (status == null
                ? reports.findByBureauIdOrderBySubmittedAtDesc(bureau)
                : reports.findByBureauIdAndStatusOrderBySubmittedAtDesc(bureau, status)).stream()
                .map(ZoneReportDocument::view).toList();
    }

    ReportView acknowledge(Caller caller, String id, Acknowledgement request) {
        ZoneReportDocument report = report(caller.bureauAs(Role.OFFICE), id);
        report.acknowledge(caller.memberId(), recorder.now(), request.note());
        recorder.audit(report, caller, "report.acknowledged", request.note(), "已收阅：" + report.title());
        return reports.save(report).view();
    }

    ReportView publish(Caller caller, String id, Publication request) {
        ZoneReportDocument report = report(caller.bureauAs(Role.OFFICE), id);
        report.publish(caller.memberId(), recorder.now(), request.publicTitle().strip(),
                request.publicSummary().strip());
        recorder.audit(report, caller, "report.published", null,
                "宣传推介：" + report.title() + "（公开标题：" + request.publicTitle().strip() + "）");
        return reports.save(report).view();
    }

    List<PublicCase> publicCases(String bureauId) {
        return reports.findByBureauIdAndStatusOrderBySubmittedAtDesc(bureauId, ReportStatus.PUBLISHED).stream()
                .map(ZoneReportDocument::publicCase).toList();
    }

    private ZoneReportDocument report(String bureau, String id) {
        return reports.findByBureauIdAndId(bureau, id)
                .orElseThrow(() -> new NotFoundException("report.not-found", Map.of("id", id)));
    }
}
