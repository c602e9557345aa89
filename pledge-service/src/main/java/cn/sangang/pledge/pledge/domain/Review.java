package cn.sangang.pledge.pledge.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.sangang.platform.problem.RuleViolationException;

/**
 * A review round's decision must follow from its checks: every item answered on all five, approval only when every
 * check passes, and a return only with a failing check and guidance on what to revise.
 */
public final class Review {

    public enum Decision {
        APPROVE, RETURN
    }

    private Review() {
    }

    public static void requireConsistent(Collection<Integer> itemNos, Map<Integer, Map<ReviewCheck, Boolean>> checks,
            Decision decision, String guidance) {
        Set<Integer> missing = new TreeSet<>(itemNos);
        missing.removeAll(checks.keySet());
        Set<Integer> unknown = new TreeSet<>(checks.keySet());
        unknown.removeAll(itemNos);
        if (!missing.isEmpty()) {
            throw new RuleViolationException("review.items-missing", Map.of("items", List.copyOf(missing)));
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("review.items-unknown", Map.of("items", List.copyOf(unknown)));
        }
        Set<Integer> unansweredItems = new TreeSet<>();
        Set<ReviewCheck> unansweredChecks = new TreeSet<>();
        Set<Integer> failingItems = new TreeSet<>();
        Set<ReviewCheck> failingChecks = new TreeSet<>();
        new TreeSet<>(itemNos).forEach(no -> {
            for (ReviewCheck check : ReviewCheck.values()) {
                Boolean passed = checks.get(no).get(check);
                if (passed == null) {
                    unansweredItems.add(no);
                    unansweredChecks.add(check);
                } else if (!passed) {
                    failingItems.add(no);
                    failingChecks.add(check);
                }
            }
        });
        if (!unansweredItems.isEmpty()) {
            throw new RuleViolationException("review.checks-unanswered",
                    Map.of("items", List.copyOf(unansweredItems), "checks", names(unansweredChecks)));
        }
        if (decision == Decision.APPROVE && !failingItems.isEmpty()) {
            throw new RuleViolationException("review.failing-approved",
                    Map.of("items", List.copyOf(failingItems), "checks", names(failingChecks)));
        }
        if (decision == Decision.RETURN) {
            if (failingItems.isEmpty()) {
                throw new RuleViolationException("review.returned-without-failing-check");
            }
            if (guidance == null || guidance.isBlank()) {
                throw new RuleViolationException("review.returned-without-guidance");
            }
        }
    }

    private static List<String> names(Set<ReviewCheck> checks) {
        return checks.stream().map(ReviewCheck::name).toList();
    }
}
