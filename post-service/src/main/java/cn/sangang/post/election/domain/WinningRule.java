package cn.sangang.post.election.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How an election of individual model posts is decided (民主推选), stated before it opens and set per bureau:
 * <ul>
 *   <li>{@code MAJORITY}: the candidates with more than half of the ballots cast, best first, up to the seats;</li>
 *   <li>{@code PLURALITY}: the candidates with the most votes, up to the seats; a tie at the last seat elects
 *   none of the tied.</li>
 * </ul>
 * A candidate without a vote is never elected.
 */
public enum WinningRule {
    MAJORITY, PLURALITY;

    public List<String> winners(Map<String, Integer> tally, int ballots, int seats) {
        List<Map.Entry<String, Integer>> ranked = tally.entrySet().stream().filter(e -> e.getValue() > 0)
                .filter(e -> this == PLURALITY || e.getValue() * 2 > ballots).sorted(Map.Entry
                        .<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry::getKey))
                .toList();
        if (ranked.size() <= seats) {
            return ranked.stream().map(Map.Entry::getKey).toList();
        }
        int cut = ranked.get(seats - 1).getValue();
        boolean tieAtCut = ranked.get(seats).getValue() == cut;
        return ranked.stream().limit(seats).filter(e -> !tieAtCut || e.getValue() > cut).map(Map.Entry::getKey)
                .toList();
    }
}
