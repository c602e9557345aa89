package cn.sangang.evaluation.feed;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.evaluation.survey.domain.Satisfaction;
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
    private Set<String> approvedPledges = new HashSet<>();
    private Map<String, Boolean> pledgeItems = new HashMap<>();
    private Map<String, Long> rewards = new HashMap<>();
    private Set<String> withdrawnRewards = new HashSet<>();

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

    /** A report counting fewer answers than the one kept is older and is ignored, whatever order they came in. */
    boolean rated(String surveyCode, long answers, long positive) {
        SurveyCount kept = surveys.get(surveyCode);
        if (kept != null && kept.answers() >= answers) {
            return false;
        }
        surveys.put(surveyCode, new SurveyCount(answers, positive));
        return true;
    }

    boolean pledgeApproved(String pledgeId) {
        return approvedPledges.add(pledgeId);
    }

    boolean pledgeItem(String pledgeItem, boolean fulfilled) {
        return !Boolean.valueOf(fulfilled).equals(pledgeItems.put(pledgeItem, fulfilled));
    }

    boolean rewarded(String rewardId, long yuan) {
        return !Long.valueOf(yuan).equals(rewards.put(rewardId, yuan));
    }

    /** A withdrawal may arrive before its grant; either way the reward does not count. */
    boolean rewardWithdrawn(String rewardId) {
        return withdrawnRewards.add(rewardId);
    }

    BureauQuarterSummary summary() {
        long answers = surveys.values().stream().mapToLong(SurveyCount::answers).sum();
        long positive = surveys.values().stream().mapToLong(SurveyCount::positive).sum();
        Map<String, Long> standing = new HashMap<>(rewards);
        standing.keySet().removeAll(withdrawnRewards);
        return new BureauQuarterSummary(quarter, awarded.size(), passed.size(), failed.size(), revoked.size(),
                zoneTotals.size(),
                zoneTotals.isEmpty()
                        ? null
                        : Math.round(zoneTotals.values().stream().mapToInt(Integer::intValue).average().orElse(0) * 10)
                                / 10.0,
                answers, new Satisfaction(positive, 0, answers - positive).ratePercent(), approvedPledges.size(),
                pledgeItems.size(), (int) pledgeItems.values().stream().filter(Boolean::booleanValue).count(),
                standing.size(), standing.values().stream().mapToLong(Long::longValue).sum());
    }
}
