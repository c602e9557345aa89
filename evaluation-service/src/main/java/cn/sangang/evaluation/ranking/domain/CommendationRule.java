package cn.sangang.evaluation.ranking.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The commendation ranking (评选表彰) of a bureau's units for a year. Each unit scores:
 * <ul>
 *   <li>posts: +10 for each passed quarterly assessment of a model post of the unit, −10 for each failed one,
 *   −30 for each post of the unit revoked in the year;</li>
 *   <li>zones: half the mean total (0–100) of the year's assessments of the unit's responsibility zones, so 0–50;</li>
 *   <li>pledges: +5 for each pledge item fulfilled by a member of the unit, −5 for each not fulfilled.</li>
 * </ul>
 * Units rank by total, highest first; equal totals share a rank and are listed by unit code.
 */
public final class CommendationRule {

    public record PostResult(String unitCode, boolean passed) {
    }

    public record ZoneResult(String unitCode, int total) {
    }

    public record PledgeResult(String unitCode, boolean fulfilled) {
    }

    public record UnitScore(int rank, String unitCode, int postPoints, double zonePoints, int pledgePoints,
            double total) {
    }

    private CommendationRule() {
    }

    public static List<UnitScore> rank(List<PostResult> posts, List<String> revokedUnits, List<ZoneResult> zones,
            List<PledgeResult> pledges) {
        Map<String, int[]> postPoints = new TreeMap<>();
        posts.forEach(p -> postPoints.computeIfAbsent(p.unitCode(), u -> new int[1])[0] += p.passed() ? 10 : -10);
        revokedUnits.forEach(u -> postPoints.computeIfAbsent(u, k -> new int[1])[0] -= 30);
        Map<String, List<Integer>> zoneTotals = new TreeMap<>();
        zones.forEach(z -> zoneTotals.computeIfAbsent(z.unitCode(), u -> new ArrayList<>()).add(z.total()));
        Map<String, int[]> pledgePoints = new TreeMap<>();
        pledges.forEach(p -> pledgePoints.computeIfAbsent(p.unitCode(), u -> new int[1])[0] += p.fulfilled() ? 5 : -5);

        TreeMap<String, Boolean> units = new TreeMap<>();
        postPoints.keySet().forEach(u -> units.put(u, true));
        zoneTotals.keySet().forEach(u -> units.put(u, true));
        pledgePoints.keySet().forEach(u -> units.put(u, true));
        List<UnitScore> unranked = new ArrayList<>();
        for (String unit : units.keySet()) {
            int post = postPoints.getOrDefault(unit, new int[1])[0];
            double zone = Math.round(
                    zoneTotals.getOrDefault(unit, List.of()).stream().mapToInt(Integer::intValue).average().orElse(0)
                            * 5)
                    / 10.0;
            int pledge = pledgePoints.getOrDefault(unit, new int[1])[0];
            unranked.add(new UnitScore(0, unit, post, zone, pledge, post + zone + pledge));
        }
        unranked.sort(Comparator.comparingDouble(UnitScore::total).reversed().thenComparing(UnitScore::unitCode));
        List<UnitScore> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            UnitScore s = unranked.get(i);
            int rank = i > 0 && ranked.get(i - 1).total() == s.total() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new UnitScore(rank, s.unitCode(), s.postPoints(), s.zonePoints(), s.pledgePoints(), s.total()));
        }
        return ranked;
    }
}
