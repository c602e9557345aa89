package cn.sangang.zone.report;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.security.Caller;
import cn.sangang.zone.report.ReportApi.Acknowledgement;
import cn.sangang.zone.report.ReportApi.NewReport;
import cn.sangang.zone.report.ReportApi.PublicCase;
import cn.sangang.zone.report.ReportApi.Publication;
import cn.sangang.zone.report.ReportApi.ReportView;
import cn.sangang.zone.report.domain.ReportStatus;

/**
 * Zone heads send written reports to the education-practice office, which acknowledges them and may publish good
 * practice and typical cases on the public board (宣传推介).
 */
@RestController
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @PostMapping("/api/zone/reports")
    @ResponseStatus(HttpStatus.CREATED)
    ReportView submit(Caller caller, @Valid @RequestBody NewReport request) {
        return reports.submit(caller, request);
    }

    /** The office and the leadership see every report; a zone head sees their own. */
    @GetMapping("/api/zone/reports")
    List<ReportView> list(Caller caller, @RequestParam(required = false) ReportStatus status) {
        return reports.list(caller, status);
    }

    @PostMapping("/api/zone/reports/{id}/acknowledge")
    ReportView acknowledge(Caller caller, @PathVariable @Pattern(regexp = ReportApi.ID) String id,
            @Valid @RequestBody Acknowledgement request) {
        return reports.acknowledge(caller, id, request);
    }

    @PostMapping("/api/zone/reports/{id}/publish")
    ReportView publish(Caller caller, @PathVariable @Pattern(regexp = ReportApi.ID) String id,
            @Valid @RequestBody Publication request) {
        return reports.publish(caller, id, request);
    }

    @GetMapping("/public/zone/bureaus/{bureauId}/cases")
    List<PublicCase> publicCases(@PathVariable @Pattern(regexp = "[a-z0-9-]{1,40}") String bureauId) {
        return reports.publicCases(bureauId);
    }
}
