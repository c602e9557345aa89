package cn.sangang.pledge.pledge;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.sangang.events.pledge.PledgeKind;
import cn.sangang.platform.problem.ForbiddenException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.platform.spreadsheet.XlsxDownloads;
import cn.sangang.pledge.pledge.domain.Pledge;
import cn.sangang.pledge.pledge.domain.PledgeStatus;
import cn.sangang.pledge.print.LedgerRow;
import cn.sangang.pledge.print.LedgerSheet;
import cn.sangang.pledge.print.Letter;
import cn.sangang.pledge.roster.Roster;

/**
 * The signed letter (定诺) as PDF, and the ledger (登记台账) as rows or as an .xlsx workbook: the whole bureau's for
 * those who keep and oversee it, or one unit's ({@code unitCode}); a unit head's is always the unit they head.
 */
@RestController
@RequestMapping("/api/pledge")
class PrintController {

    private static final EnumSet<PledgeStatus> IN_LEDGER = EnumSet.of(PledgeStatus.APPROVED, PledgeStatus.PUBLICIZED,
            PledgeStatus.EVALUATED);
    private static final String UNIT_CODE = "[a-z][a-z0-9-]{0,31}";

    /** One line of the ledger: which pledge and item, and the item as the ledger prints it. */
    record LedgerLine(String pledgeId, String responsiblePersonNo, LedgerRow item) {
    }

    private final PledgeService pledges;
    private final PledgeRepository repository;
    private final PledgeViews views;
    private final Printouts printouts;
    private final Roster roster;

    PrintController(PledgeService pledges, PledgeRepository repository, PledgeViews views, Printouts printouts,
            Roster roster) {
        this.pledges = pledges;
        this.repository = repository;
        this.views = views;
        this.printouts = printouts;
        this.roster = roster;
    }

    /** All three copies by default, or the one named in {@code copy}. */
    @GetMapping(value = "/pledges/{id}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> letter(Caller caller, @PathVariable @Pattern(regexp = PledgeApi.ID) String id,
            @RequestParam(required = false) Letter.Copy copy) {
        PledgeDocument stored = pledges.readable(caller, id);
        byte[] pdf = printouts.letter(stored, copy == null ? List.of(Letter.Copy.values()) : List.of(copy));
        Pledge pledge = stored.toPledge();
        return download(pdf, MediaType.APPLICATION_PDF,
                PledgeViews.letterTitle(pledge.kind()) + "-" + pledge.pledger() + ".pdf");
    }

    @GetMapping("/ledger")
    List<LedgerLine> ledger(Caller caller, @RequestParam @Min(2000) @Max(2100) int year,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(required = false) @Pattern(regexp = UNIT_CODE) String unitCode) {
        return lines(caller, year, unitCode).stream().filter(l -> !overdueOnly || l.item().overdue()).toList();
    }

    /** The ledger's lines are read (and the caller's scope checked) before the sheet starts streaming. */
    @GetMapping("/ledger.xlsx")
    ResponseEntity<StreamingResponseBody> ledgerWorkbook(Caller caller, @RequestParam @Min(2000) @Max(2100) int year,
            @RequestParam(required = false) @Pattern(regexp = UNIT_CODE) String unitCode) {
        List<LedgerRow> rows = lines(caller, year, unitCode).stream().map(LedgerLine::item).toList();
        return XlsxDownloads.attachment(LedgerSheet.title(year) + ".xlsx", LedgerSheet.SHEET, LedgerSheet.title(year),
                LedgerSheet.COLUMNS, rows::iterator);
    }

    private List<LedgerLine> lines(Caller caller, int year, String unitCode) {
        String bureau = caller.bureauAs(Role.SECRETARY, Role.LEADER, Role.OFFICE, Role.UNIT_HEAD);
        Predicate<Pledge> inScope = scope(caller, unitCode);
        LocalDate today = views.today();
        BiFunction<String, Pledge, Boolean> lateness = views.lateness();
        return repository.findByBureauIdAndCampaignYearAndStatusInOrderById(bureau, year, IN_LEDGER).stream()
                .flatMap(stored -> {
                    Pledge p = stored.toPledge();
                    if (!inScope.test(p)) {
                        return Stream.empty();
                    }
                    boolean late = lateness.apply(stored.getBureauId(), p);
                    return p.items().stream().map(i -> new LedgerLine(stored.getId(), i.draft().responsiblePersonNo(),
                            Printouts.row(p, i, late, today)));
                }).toList();
    }

    /**
     * Which pledges a caller's ledger holds. A unit's part is its people's own pledges; the branch's organisation
     * pledges belong to no unit. A unit head who heads no unit (any more) sees an empty ledger.
     */
    private Predicate<Pledge> scope(Caller caller, String unitCode) {
        String unit = unitCode;
        if (!caller.has(Role.SECRETARY) && !caller.has(Role.LEADER) && !caller.has(Role.OFFICE)) {
            String headed = roster.unitHeadedBy(caller.member()).orElse(null);
            if (headed == null) {
                return pledge -> false;
            }
            if (unitCode != null && !unitCode.equals(headed)) {
                throw new ForbiddenException("pledge.ledger-other-unit", Map.of("unit", headed));
            }
            unit = headed;
        }
        if (unit == null) {
            return pledge -> true;
        }
        Set<String> people = roster.peopleOf(unit);
        return pledge -> pledge.kind() == PledgeKind.MEMBER && people.contains(pledge.proposerPersonNo());
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
