package cn.sangang.evaluation.feed;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.events.evaluation.BureauQuarterSummary;
import cn.sangang.platform.outbox.AggregateDocument;

/**
 * What one bureau did in one quarter, kept as the facts' natural keys — which posts passed, which items were
 * fulfilled — so a redelivered event changes nothing and the order of events does not matter. Only counts leave
 * this document: the feed shows the county no ids, names or answers.
 */
@Document("feed_summaries")
@CompoundIndex(name = "bureau_quarter", def = "{'bureauId': 1, 'quarter': 1}", unique = true)
@CompoundIndex(name = "quarter", def = "{'quarter': 1}")
class FeedSummaryDocument extends AggregateDocument {

    /** A survey's answers so far, and how many of them were 满意 or 基本满意. */
    record SurveyCount(long answers, long positive) {
    }

    private String quarter;
    private Set<String> awarded = new HashSet<>();
    private Set<String> passed = new HashSet<>();
    private Set<String> failed = new HashSet<>();
    private Set<String> revoked = new HashSet<>();
    private Map<String, Integer> zoneTotals = new HashMap<>();
    private Map<String, SurveyCount> surveys = new HashMap<>();
    private Map<String, Boolean> pledgeItems = new HashMap<>();
    private Map<String, Long> rewards = new HashMap<>();

    FeedSummaryDocument() {
    }

    FeedSummaryDocument(String bureauId, String quarter) {
        super(bureauId);
        this.quarter = quarter;
    }

    /** Each change says whether it changed anything, so an unchanged summary is not published again. */
    boolean awarded(String postId) {
        return awarded.add(postId);
    }

    boolean assessed(String postId, boolean pass) {
        return pass ? passed.add(postId) : failed.add(postId);
    }

    boolean revoked(String postId) {
        return revoked.add(postId);
    }

    boolean zoneAssessed(String zoneId, int total) {
        return !Integer.valueOf(total).equals(zoneTotals.put(zoneId, total));
    }

    boolean rated(String surveyCode, long answers, long positive) {
        return !new SurveyCount(answers, positive).equals(surveys.put(surveyCode, new SurveyCount(answers, positive)));
    }

    boolean pledgeItem(String pledgeItem, boolean fulfilled) {
        return !Boolean.valueOf(fulfilled).equals(pledgeItems.put(pledgeItem, fulfilled));
    }

    boolean rewarded(String rewardId, long yuan) {
        return !Long.valueOf(yuan).equals(rewards.put(rewardId, yuan));
    }

    BureauQuarterSummary summary() {
        long answers = surveys.values().stream().mapToLong(SurveyCount::answers).sum();
        long positive = surveys.values().stream().mapToLong(SurveyCount::positive).sum();
        return new BureauQuarterSummary(quarter, awarded.size(), passed.size(), failed.size(), revoked.size(),
            zoneTotals.size(), zoneTotals.isEmpty() ? null
                : Math.round(zoneTotals.values().stream().mapToInt(Integer::intValue).average().orElse(0) * 10) / 10.0,
            answers, answers == 0 ? null : Math.round(positive * 1000.0 / answers) / 10.0,
            pledgeItems.size(), (int) pledgeItems.values().stream().filter(Boolean::booleanValue).count(),
            rewards.size(), rewards.values().stream().mapToLong(Long::longValue).sum());
    }

    String quarter() {
        return quarter;
    }
}
