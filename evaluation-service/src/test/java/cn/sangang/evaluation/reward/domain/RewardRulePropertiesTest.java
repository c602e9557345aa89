package cn.sangang.evaluation.reward.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import cn.sangang.evaluation.reward.domain.RewardBook.Status;
import cn.sangang.evaluation.reward.domain.RewardRule.Result;
import cn.sangang.events.Quarter;

/** The reward rule over shuffled, repeated streams of one post's assessment and revocation events. */
class RewardRulePropertiesTest {

    static final Quarter FIRST = Quarter.parse("2025-Q3");

    /** An event about one post: a quarter's assessment, or the revocation in a quarter. */
    record Fact(int quarterIndex, Result result, boolean revocation) {

        Quarter quarter() {
            Quarter q = FIRST;
            for (int i = 0; i < quarterIndex; i++) {
                q = q.next();
            }
            return q;
        }

        RewardBook.Changes applyTo(RewardBook book) {
            return revocation ? book.revoked(quarter()) : book.assessed(quarter(), result);
        }
    }

    @Provide
    Arbitrary<List<Fact>> histories() {
        Arbitrary<Fact> assessment = Combinators
                .combine(Arbitraries.integers().between(0, 11),
                        Arbitraries.of(Result.PASS, Result.PASS, Result.PASS, Result.FAIL))
                .as((q, r) -> new Fact(q, r, false));
        Arbitrary<Fact> revocation = Arbitraries.integers().between(0, 12).map(q -> new Fact(q, null, true));
        return Arbitraries.frequencyOf(Tuple.of(9, assessment), Tuple.of(1, revocation)).list().ofMaxSize(20);
    }

    /** The events of a history as a broker may deliver them: each one to three times, in any order. */
    static List<Fact> delivered(List<Fact> history, long seed) {
        Random random = new Random(seed);
        List<Fact> stream = new ArrayList<>();
        history.forEach(fact -> {
            for (int copies = 1 + random.nextInt(3); copies > 0; copies--) {
                stream.add(fact);
            }
        });
        Collections.shuffle(stream, random);
        return stream;
    }

    static SortedSet<QuarterPair> expected(List<Fact> history) {
        Map<Quarter, Set<Result>> results = new TreeMap<>();
        Quarter revokedIn = null;
        for (Fact fact : history) {
            if (fact.revocation()) {
                revokedIn = revokedIn == null || fact.quarter().compareTo(revokedIn) < 0 ? fact.quarter() : revokedIn;
            } else {
                results.computeIfAbsent(fact.quarter(), q -> EnumSet.noneOf(Result.class)).add(fact.result());
            }
        }
        return RewardRule.earned(results, revokedIn);
    }

    record Outcome(SortedSet<QuarterPair> standing, Map<QuarterPair, Integer> grants) {
    }

    static Outcome run(List<Fact> stream) {
        RewardBook book = RewardBook.empty();
        Map<QuarterPair, Integer> grants = new HashMap<>();
        for (Fact fact : stream) {
            fact.applyTo(book).granted().forEach(pair -> grants.merge(pair, 1, Integer::sum));
        }
        SortedSet<QuarterPair> standing = new TreeSet<>();
        book.rewards().stream().filter(r -> r.status() != Status.WITHDRAWN).forEach(r -> standing.add(r.pair()));
        return new Outcome(standing, grants);
    }

    @Property(tries = 500)
    void whatever_the_order_or_repetition_the_standing_rewards_are_exactly_the_qualifying_pairs(
            @ForAll("histories") List<Fact> history, @ForAll long seed) {
        Outcome outcome = run(delivered(history, seed));

        assertThat(outcome.standing()).isEqualTo(expected(history));
    }

    @Property(tries = 500)
    void a_pair_is_granted_at_most_once_however_often_its_events_arrive(@ForAll("histories") List<Fact> history,
            @ForAll long seed) {
        Outcome outcome = run(delivered(history, seed));

        assertThat(outcome.grants().values()).allSatisfy(times -> assertThat(times).isEqualTo(1));
    }

    @Property(tries = 500)
    void two_deliveries_of_the_same_history_end_in_the_same_rewards(@ForAll("histories") List<Fact> history,
            @ForAll long seed, @ForAll long otherSeed) {
        assertThat(run(delivered(history, seed)).standing()).isEqualTo(run(delivered(history, otherSeed)).standing());
    }

    @Property(tries = 500)
    void nothing_stands_for_a_quarter_at_or_after_the_revocation(@ForAll("histories") List<Fact> history,
            @ForAll long seed) {
        Quarter revokedIn = history.stream().filter(Fact::revocation).map(Fact::quarter).min(Quarter::compareTo)
                .orElse(null);

        Outcome outcome = run(delivered(history, seed));

        if (revokedIn != null) {
            assertThat(outcome.standing()).allSatisfy(pair -> assertThat(pair.second()).isLessThan(revokedIn));
        }
    }

    @Example
    void three_passes_in_a_row_earn_two_rewards_and_a_fail_breaks_the_run() {
        RewardBook book = RewardBook.empty();
        book.assessed(Quarter.parse("2026-Q1"), Result.PASS);
        var second = book.assessed(Quarter.parse("2026-Q2"), Result.PASS);
        var third = book.assessed(Quarter.parse("2026-Q3"), Result.PASS);
        book.assessed(Quarter.parse("2026-Q4"), Result.FAIL);
        var afterFail = book.assessed(Quarter.parse("2027-Q1"), Result.PASS);

        assertThat(second.granted()).containsExactly(QuarterPair.parse("2026-Q1/2026-Q2"));
        assertThat(third.granted()).containsExactly(QuarterPair.parse("2026-Q2/2026-Q3"));
        assertThat(afterFail.granted()).isEmpty();
    }

    @Example
    void a_revocation_learned_late_withdraws_an_unpaid_reward_and_flags_a_paid_one() {
        RewardBook book = RewardBook.empty();
        book.assessed(Quarter.parse("2026-Q1"), Result.PASS);
        book.assessed(Quarter.parse("2026-Q2"), Result.PASS);
        book.assessed(Quarter.parse("2026-Q3"), Result.PASS);
        book.paid(QuarterPair.parse("2026-Q1/2026-Q2"));

        var changes = book.revoked(Quarter.parse("2026-Q2"));

        assertThat(changes.withdrawn()).containsExactly(QuarterPair.parse("2026-Q2/2026-Q3"));
        assertThat(book.rewards()).extracting(RewardBook.Reward::status, RewardBook.Reward::disqualifiedAfterPayment)
                .containsExactly(tuple(Status.PAID, true), tuple(Status.WITHDRAWN, false));
    }
}
