package cn.sangang.evaluation.reward.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

import cn.sangang.evaluation.reward.domain.RewardRule.Result;
import cn.sangang.events.Quarter;

/**
 * One post's assessment facts and the rewards they earned. Each fact is folded in, then the rewards are brought in
 * line with {@link RewardRule}: a newly earned pair is granted — once, ever — and a granted pair that a later-known
 * revocation disqualifies is withdrawn before it is paid (after payment it is flagged for the office).
 */
public final class RewardBook {

    public enum Status {
        GRANTED, PAID, WITHDRAWN
    }

    /** A reward of the book: its pair and where it stands. */
    public record Reward(QuarterPair pair, Status status, boolean disqualifiedAfterPayment) {

        Reward withStatus(Status next) {
            return new Reward(pair, next, disqualifiedAfterPayment);
        }
    }

    /** What recording a fact changed: rewards newly granted, withdrawn, and found void after payment. */
    public record Changes(List<QuarterPair> granted, List<QuarterPair> withdrawn,
            List<QuarterPair> disqualifiedAfterPayment) {
    }

    private final Map<Quarter, Set<Result>> results;
    private Quarter revokedIn;
    private final Map<QuarterPair, Reward> rewards;

    public RewardBook(Map<Quarter, Set<Result>> results, Quarter revokedIn, List<Reward> rewards) {
        this.results = new TreeMap<>();
        results.forEach((q, r) -> this.results.put(q, EnumSet.copyOf(r)));
        this.revokedIn = revokedIn;
        this.rewards = new TreeMap<>();
        rewards.forEach(r -> this.rewards.put(r.pair(), r));
    }

    public static RewardBook empty() {
        return new RewardBook(Map.of(), null, List.of());
    }

    public Changes assessed(Quarter quarter, Result result) {
        results.computeIfAbsent(quarter, q -> EnumSet.noneOf(Result.class)).add(result);
        return reconcile();
    }

    public Changes revoked(Quarter quarter) {
        if (revokedIn == null || quarter.compareTo(revokedIn) < 0) {
            revokedIn = quarter;
        }
        return reconcile();
    }

    /** The office paid a granted reward. */
    public void paid(QuarterPair pair) {
        Reward reward = rewards.get(pair);
        if (reward == null || reward.status() != Status.GRANTED) {
            throw new IllegalStateException("only a granted reward is paid");
        }
        rewards.put(pair, reward.withStatus(Status.PAID));
    }

    private Changes reconcile() {
        SortedSet<QuarterPair> earned = RewardRule.earned(results, revokedIn);
        List<QuarterPair> granted = new ArrayList<>();
        List<QuarterPair> withdrawn = new ArrayList<>();
        List<QuarterPair> disqualified = new ArrayList<>();
        for (QuarterPair pair : earned) {
            if (!rewards.containsKey(pair)) {
                rewards.put(pair, new Reward(pair, Status.GRANTED, false));
                granted.add(pair);
            }
        }
        rewards.replaceAll((pair, reward) -> {
            if (earned.contains(pair)) {
                return reward;
            }
            if (reward.status() == Status.GRANTED) {
                withdrawn.add(pair);
                return reward.withStatus(Status.WITHDRAWN);
            }
            if (reward.status() == Status.PAID && !reward.disqualifiedAfterPayment()) {
                disqualified.add(pair);
                return new Reward(pair, Status.PAID, true);
            }
            return reward;
        });
        return new Changes(granted, withdrawn, disqualified);
    }

    public Map<Quarter, Set<Result>> results() {
        Map<Quarter, Set<Result>> copy = new TreeMap<>();
        results.forEach((q, r) -> copy.put(q, Set.copyOf(r)));
        return copy;
    }

    public Quarter revokedIn() {
        return revokedIn;
    }

    public List<Reward> rewards() {
        return List.copyOf(rewards.values());
    }
}
