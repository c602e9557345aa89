package cn.sangang.pledge.pledge;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.events.pledge.PledgeKind;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.pledge.pledge.PledgeApi.PublicAppraisal;
import cn.sangang.pledge.pledge.domain.ItemStatus;
import cn.sangang.pledge.pledge.domain.Pledge;
import cn.sangang.pledge.pledge.domain.PledgeStatus;
import cn.sangang.pledge.print.Letter;

/**
 * The public board (亮诺 and the results of 评诺), read without an account: each published pledge with its items,
 * responsible person, deadline and expected effect, and its verdicts once evaluated. Keyed by public code, never
 * by internal id; it names people but shows no person numbers.
 */
@RestController
@RequestMapping("/public/pledge")
class PublicPledgeController {

    private static final String CODE = "PL[0-9A-Z]{8}";
    private static final EnumSet<PledgeStatus> ON_BOARD = EnumSet.of(PledgeStatus.PUBLICIZED, PledgeStatus.EVALUATED);

    record Result(boolean fulfilled, String leaderComment, String assessment, PublicAppraisal publicAppraisal,
            String rectificationOrder, LocalDate rectificationDeadline, boolean rectified) {
    }

    record BoardItem(int no, String content, String responsibleName, LocalDate deadline, String expectedEffect,
            ItemStatus status, boolean overdue, Result result) {
    }

    record BoardPledge(String publicCode, String bureauId, String letterTitle, PledgeKind kind, String pledger,
            int campaignYear, LocalDate publishedOn, boolean late, LocalDate evaluatedOn,
            PublicAppraisal publicAppraisal, List<BoardItem> items, String pageUrl, String letterUrl,
            String surveyUrl) {
    }

    private final PledgeRepository pledges;
    private final PledgeViews views;
    private final Printouts printouts;
    private final String publicBaseUrl;
    private final BoardCopies boardCopies = new BoardCopies(128);

    PublicPledgeController(PledgeRepository pledges, PledgeViews views, Printouts printouts,
            @Value("${sangang.public-base-url}") String publicBaseUrl) {
        this.pledges = pledges;
        this.views = views;
        this.printouts = printouts;
        this.publicBaseUrl = publicBaseUrl;
    }

    @GetMapping("/bureaus/{bureauId}/pledges")
    List<BoardPledge> board(@PathVariable @Pattern(regexp = "[a-z0-9-]{1,40}") String bureauId,
            @RequestParam @Min(2000) @Max(2100) int year) {
        List<PledgeDocument> board = pledges.findByBureauIdAndCampaignYearAndStatusInOrderById(bureauId, year,
                ON_BOARD);
        Map<String, PublicAppraisal> appraisals = views.appraisals(bureauId, board);
        return board.stream().map(p -> page(p, appraisals.get(p.getId()))).toList();
    }

    @GetMapping("/pledges/{code}")
    BoardPledge pledge(@PathVariable @Pattern(regexp = CODE) String code) {
        PledgeDocument pledge = byCode(code);
        return page(pledge, views.appraisals(pledge.getBureauId(), List.of(pledge)).get(pledge.getId()));
    }

    /** The copy for the public board (第三联). */
    @GetMapping(value = "/pledges/{code}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> letter(@PathVariable @Pattern(regexp = CODE) String code) {
        PledgeDocument pledge = byCode(code);
        byte[] pdf = boardCopies.get(code + ":" + pledge.getVersion(),
                () -> printouts.letter(pledge, List.of(Letter.Copy.BOARD)));
        return PrintController.download(pdf, MediaType.APPLICATION_PDF, code + ".pdf");
    }

    private PledgeDocument byCode(String code) {
        return pledges.findByPublicationPublicCode(code).filter(p -> p.toPledge().isPublic())
                .orElseThrow(() -> new NotFoundException("pledge.not-published", Map.of("code", code)));
    }

    private BoardPledge page(PledgeDocument stored, PublicAppraisal appraisal) {
        Pledge p = stored.toPledge();
        LocalDate today = views.today();
        String code = p.publication().publicCode();
        String url = publicBaseUrl + "/public/pledge/pledges/" + code;
        return new BoardPledge(code, stored.getBureauId(), PledgeViews.letterTitle(p.kind()), p.kind(), p.pledger(),
                p.campaignYear(), p.publication().publishedOn(), p.publication().late(),
                p.evaluation() == null ? null : p.evaluation().evaluatedOn(), appraisal,
                p.items().stream().map(i -> new BoardItem(i.no(), i.draft().content(), i.draft().responsibleName(),
                        i.draft().deadline(), i.draft().expectedEffect(), i.status(), PledgeViews.overdue(i, today),
                        i.evaluation() == null
                                ? null
                                : new Result(i.evaluation().fulfilled(), i.evaluation().leaderComment(),
                                        i.evaluation().assessment(), appraisal,
                                        i.rectification() == null ? null : i.rectification().order(),
                                        i.rectification() == null ? null : i.rectification().deadline(),
                                        i.status() == ItemStatus.RECTIFIED)))
                        .toList(),
                url, url + "/letter.pdf", publicBaseUrl + "/public/evaluation/surveys?pledge=" + code);
    }
}
