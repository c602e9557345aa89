package cn.sangang.evaluation.reward.domain;

import cn.sangang.events.Quarter;

/** Two consecutive quarters, e.g. 2026-Q1/2026-Q2 (and 2026-Q4/2027-Q1 across a year). */
public record QuarterPair(Quarter first, Quarter second) implements Comparable<QuarterPair> {

    public QuarterPair {
        if (!first.next().equals(second)) {
            throw new IllegalArgumentException(first + " and " + second + " are not consecutive");
        }
    }

    public static QuarterPair startingAt(Quarter first) {
        return new QuarterPair(first, first.next());
    }

    public static QuarterPair parse(String text) {
        String[] parts = text.split("/");
        return new QuarterPair(Quarter.parse(parts[0]), Quarter.parse(parts[1]));
    }

    @Override
    public int compareTo(QuarterPair other) {
        return first.compareTo(other.first);
    }

    @Override
    public String toString() {
        return first + "/" + second;
    }
}
