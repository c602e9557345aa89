package cn.sangang.evaluation.feed;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import cn.sangang.events.EventTypes;
import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ConflictException;

/**
 * Folds a fact into its bureau's quarter summary and, when a figure changed, publishes the summary to the feed; and
 * reads the summaries back for the county office.
 */
@Service
class FeedService {

    private final FeedSummaryRepository summaries;
    private final ChangeRecorder recorder;

    FeedService(FeedSummaryRepository summaries, ChangeRecorder recorder) {
        this.summaries = summaries;
        this.recorder = recorder;
    }

    void record(String bureau, String quarter, Predicate<FeedSummaryDocument> fact) {
        FeedSummaryDocument summary = summaries.findByBureauIdAndQuarter(bureau, quarter)
                .orElseGet(() -> new FeedSummaryDocument(bureau, quarter));
        if (!fact.test(summary)) {
            return;
        }
        recorder.publish(summary, EventTypes.BUREAU_QUARTER_SUMMARY, summary.summary());
        try {
            summaries.save(summary);
        } catch (DuplicateKeyException firstFactRaced) {
            throw new ConflictException("request.concurrent-change");
        }
    }

    /** Every bureau's summary of a quarter, by bureau id. */
    List<FeedApi.BureauSummary> ofQuarter(String quarter) {
        return summaries.findByQuarterOrderByBureauId(quarter).stream()
                .map(s -> new FeedApi.BureauSummary(s.getBureauId(), EventTypes.BUREAU_QUARTER_SUMMARY.schemaVersion(),
                        s.summary()))
                .toList();
    }
}
