package cn.sangang.evaluation.feed;

import cn.sangang.events.evaluation.BureauQuarterSummary;

/** The response bodies of the county feed API. */
final class FeedApi {

    private FeedApi() {
    }

    /** {@code summary} is the payload of schema {@code bureau-quarter-summary} version {@code schemaVersion}. */
    record BureauSummary(String bureauId, int schemaVersion, BureauQuarterSummary summary) {
    }
}
