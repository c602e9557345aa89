package cn.sangang.evaluation.reward.domain;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import cn.sangang.events.Quarter;

/**
 * A model post that passes its quarterly assessment in two consecutive quarters earns its holder the bureau's
 * reward, once for each such pair — so three passes in a row earn two. A quarter counts as passed when it was
 * assessed PASS and never FAIL; nothing is earned for a quarter at or after the post's revocation. The answer
 * depends only on the facts, never on the order they arrived in or on how often one was repeated.
 */
public final class RewardRule {

    public enum Result {
        PASS, FAIL
    }

    private RewardRule() {
    }

    public static SortedSet<QuarterPair> earned(Map<Quarter, Set<Result>> results, Quarter revokedIn) {
        SortedSet<QuarterPair> pairs = new TreeSet<>();
        results.keySet().forEach(quarter -> {
            Quarter next = quarter.next();
            if (passed(results, quarter) && passed(results, next)
                    && (revokedIn == null || next.compareTo(revokedIn) < 0)) {
                pairs.add(new QuarterPair(quarter, next));
            }
        });
        return pairs;
    }

    private static boolean passed(Map<Quarter, Set<Result>> results, Quarter quarter) {
        Set<Result> seen = results.get(quarter);
        return seen != null && seen.contains(Result.PASS) && !seen.contains(Result.FAIL);
    }
}
