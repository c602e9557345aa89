package cn.sangang.pledge.pledge.domain;

import java.util.ArrayList;
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

    public enum Decision { APPROVE, RETURN }

    private Review() {
    }

    public static void requireConsistent(Collection<Integer> itemNos, Map<Integer, Map<ReviewCheck, Boolean>> checks,
                                         Decision decision, String guidance) {
        Set<Integer> missing = new TreeSet<>(itemNos);
        missing.removeAll(checks.keySet());
        Set<Integer> unknown = new TreeSet<>(checks.keySet());
        unknown.removeAll(itemNos);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new RuleViolationException("review every item of the pledge and no other: missing " + missing
                + ", unknown " + unknown);
        }
        List<String> unanswered = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        new TreeSet<>(itemNos).forEach(no -> {
            for (ReviewCheck check : ReviewCheck.values()) {
                Boolean passed = checks.get(no).get(check);
                if (passed == null) {
                    unanswered.add("item " + no + " " + check);
                } else if (!passed) {
                    failing.add("item " + no + " " + check.label());
                }
            }
        });
        if (!unanswered.isEmpty()) {
            throw new RuleViolationException("every item is checked on all five points; unanswered: "
                + String.join(", ", unanswered));
        }
        if (decision == Decision.APPROVE && !failing.isEmpty()) {
            throw new RuleViolationException("an item that fails a check is returned with guidance, not approved: "
                + String.join(", ", failing));
        }
        if (decision == Decision.RETURN) {
            if (failing.isEmpty()) {
                throw new RuleViolationException("a pledge is returned only for a failing check; every check passed");
            }
            if (guidance == null || guidance.isBlank()) {
                throw new RuleViolationException("a returned pledge carries guidance on what to revise");
            }
        }
    }
}
