package cn.sangang.zone.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.sangang.platform.problem.BadRequestException;
import cn.sangang.platform.problem.ProblemMessages;
import cn.sangang.platform.problem.Problems;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.platform.spreadsheet.XlsxDownloads;
import cn.sangang.zone.roster.RosterImportService.Report;
import cn.sangang.zone.roster.RosterWorkbook.Line;

/**
 * The roster as an Excel workbook: exported by those who read the roster, imported by its ADMIN from the template
 * (preview first, then apply). Refused workbooks and invalid rows are answered in Chinese, naming row and column.
 */
@RestController
@RequestMapping("/api/zone")
class RosterSheetController {

    private static final int ERRORS_IN_PROBLEM = 100;

    private final RosterImportService importer;
    private final RosterDirectory directory;

    RosterSheetController(RosterImportService importer, RosterDirectory directory) {
        this.importer = importer;
        this.directory = directory;
    }

    /** Everyone on the roster, as {@code GET /api/zone/people} lists them, streamed from the store. */
    @GetMapping("/people.xlsx")
    ResponseEntity<StreamingResponseBody> export(Caller caller) {
        String bureau = caller.bureauAs(RosterController.ROSTER_READERS);
        Map<String, String> unitNames = directory.unitNames(bureau);
        return XlsxDownloads.attachmentOfStream("人员名册.xlsx", RosterWorkbook.SHEET, RosterWorkbook.SHEET,
                RosterWorkbook.COLUMNS, () -> directory.streamPeople(bureau)
                        .map(p -> new Line(p, unitNames.getOrDefault(p.unitCode(), p.unitCode()))));
    }

    @GetMapping("/people/import-template.xlsx")
    ResponseEntity<StreamingResponseBody> template(Caller caller) {
        caller.require(Role.ADMIN);
        return XlsxDownloads.attachment("人员名册导入模板.xlsx", RosterWorkbook.SHEET, RosterWorkbook.TEMPLATE_TITLE,
                RosterWorkbook.COLUMNS, () -> List.<Line>of().iterator());
    }

    /**
     * {@code mode=preview} checks every row and writes nothing; {@code mode=apply} writes when every row is valid,
     * or the valid rows only when {@code validRowsOnly} is true. The file is optional here only so that a caller
     * without the role is told so before anything about the file.
     */
    @PostMapping("/people/import")
    Report importPeople(Caller caller, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "preview") @Pattern(regexp = "preview|apply") String mode,
            @RequestParam(defaultValue = "false") boolean validRowsOnly) {
        caller.require(Role.ADMIN);
        if (file == null || file.isEmpty()) {
            throw new BadRequestException("roster.import-no-file");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return mode.equals("apply")
                ? importer.apply(caller, content, validRowsOnly)
                : importer.preview(caller, content);
    }

    @ExceptionHandler(RosterImportService.InvalidRows.class)
    ProblemDetail invalidRows(RosterImportService.InvalidRows e) {
        Report report = e.report();
        List<String> errors = report.rows().stream().flatMap(row -> row.errors().stream()).toList();
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "roster.import-invalid-rows",
                Map.of("invalid", report.totals().invalid(), "first", errors.getFirst()),
                ProblemMessages.supported(LocaleContextHolder.getLocale()));
        problem.setProperty("totals", report.totals());
        problem.setProperty("errors", errors.subList(0, Math.min(errors.size(), ERRORS_IN_PROBLEM)));
        return problem;
    }
}
