package cn.sangang.pledge.pledge.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.sangang.platform.problem.RuleViolationException;

/**
 * Evaluation (评诺) checks every item, and an item not fulfilled gets a rectification order with a deadline ahead,
 * within a year.
 */
public final class Verdicts {

    /** The organisational verdict on one item, and the order if it was not fulfilled. */
    public record Verdict(boolean fulfilled, String rectificationOrder, LocalDate rectificationDeadline) {
    }

    private Verdicts() {
    }

    public static void requireComplete(Collection<Integer> itemNos, Map<Integer, Verdict> verdicts, LocalDate today) {
        Set<Integer> missing = new TreeSet<>(itemNos);
        missing.removeAll(verdicts.keySet());
        Set<Integer> unknown = new TreeSet<>(verdicts.keySet());
        unknown.removeAll(itemNos);
        if (!missing.isEmpty()) {
            throw new RuleViolationException("evaluation.items-missing", Map.of("items", List.copyOf(missing)));
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("evaluation.items-unknown", Map.of("items", List.copyOf(unknown)));
        }
        verdicts.forEach((no, verdict) -> {
            boolean ordered = verdict.rectificationOrder() != null && !verdict.rectificationOrder().isBlank();
            if (verdict.fulfilled() && (ordered || verdict.rectificationDeadline() != null)) {
                throw new RuleViolationException("evaluation.fulfilled-with-order", Map.of("item", no));
            }
            if (!verdict.fulfilled()) {
                if (!ordered || verdict.rectificationDeadline() == null) {
                    throw new RuleViolationException("evaluation.rectification-missing", Map.of("item", no));
                }
                if (!verdict.rectificationDeadline().isAfter(today)
                        || verdict.rectificationDeadline().isAfter(today.plusYears(1))) {
                    throw new RuleViolationException("evaluation.rectification-deadline",
                            Map.of("item", no, "deadline", verdict.rectificationDeadline().toString()));
                }
            }
        });
    }
}
