package cn.sangang.evaluation.feed;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.events.EventTypes;
import cn.sangang.events.evaluation.BureauQuarterSummary;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;

/**
 * The county office's feed over HTTP: one summary per bureau for a quarter, across all bureaus — the same
 * aggregates as the {@code evaluation-feed} topic, never a bureau's detail.
 */
@RestController
@RequestMapping("/api/evaluation/county")
class CountyFeedController {

    /** {@code summary} is the payload of schema {@code bureau-quarter-summary} version {@code schemaVersion}. */
    record BureauSummary(String bureauId, int schemaVersion, BureauQuarterSummary summary) {
    }

    private final FeedSummaryRepository summaries;

    CountyFeedController(FeedSummaryRepository summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/feed")
    List<BureauSummary> feed(Caller caller, @RequestParam @Pattern(regexp = "2\\d{3}-Q[1-4]") String quarter) {
        caller.require(Role.COUNTY);
        return summaries.findByQuarterOrderByBureauId(quarter).stream()
            .map(s -> new BureauSummary(s.getBureauId(), EventTypes.BUREAU_QUARTER_SUMMARY.schemaVersion(), s.summary()))
            .toList();
    }
}
