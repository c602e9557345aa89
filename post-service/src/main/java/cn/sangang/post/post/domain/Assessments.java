package cn.sangang.post.post.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.sangang.events.Quarter;
import cn.sangang.events.post.PostAssessed.Remedy;
import cn.sangang.events.post.PostAssessed.Result;
import cn.sangang.platform.problem.BadRequestException;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.RuleViolationException;

/** The rules of the quarterly assessment (每季度考核) by the leadership. */
public final class Assessments {

    private Assessments() {
    }

    /**
     * The quarter an assessment is for, as the request wrote it. A leader's form only offers real quarters; this
     * answers anything else (another client, an edited request) in words the leader reads, rather than failing.
     */
    public static Quarter quarter(String text) {
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException notAQuarter) {
            throw new BadRequestException("assessment.bad-quarter");
        }
    }

    /**
     * A quarter from the one the plaque was awarded in, each once, once it has ended — or, when the bureau allows it,
     * within its last {@code withinLastDays} days.
     */
    public static void requireAssessable(Quarter quarter, LocalDate today, int withinLastDays, LocalDate awardedOn,
            List<String> assessedQuarters) {
        LocalDate lastDay = quarter.firstDay().plusMonths(3).minusDays(1);
        if (!today.isAfter(lastDay.minusDays(withinLastDays))) {
            Map<String, Object> args = new LinkedHashMap<>(quarterArgs(quarter));
            args.put("month", lastDay.getMonthValue());
            args.put("day", lastDay.getDayOfMonth());
            if (withinLastDays == 0) {
                throw new RuleViolationException("assessment.quarter-not-ended", args);
            }
            args.put("days", withinLastDays);
            throw new RuleViolationException("assessment.quarter-not-ended-early-window", args);
        }
        if (awardedOn != null && quarter.compareTo(Quarter.of(awardedOn)) < 0) {
            Map<String, Object> args = new LinkedHashMap<>(quarterArgs(quarter));
            args.put("awardedOn", awardedOn.toString());
            throw new RuleViolationException("assessment.before-award", args);
        }
        if (assessedQuarters.contains(quarter.toString())) {
            throw new ConflictException("assessment.already-assessed", quarterArgs(quarter));
        }
    }

    /**
     * A pass stands on the public's satisfaction when the bureau sets a minimum: enough answers, a high enough rate.
     * {@code basis} is null when the quarter has no answers.
     */
    public static void requirePassBasis(Result result, Basis basis, int minAnswers, Double minRate) {
        if (result != Result.PASS) {
            return;
        }
        long answers = basis == null ? 0 : basis.answers();
        if (answers < minAnswers) {
            throw new RuleViolationException("assessment.too-few-answers",
                    Map.of("answers", answers, "minAnswers", minAnswers));
        }
        if (minRate != null && (basis == null || basis.ratePercent() == null)) {
            throw new RuleViolationException("assessment.no-satisfaction-rate", Map.of("minRate", percent(minRate)));
        }
        if (minRate != null && basis.ratePercent() < minRate) {
            throw new RuleViolationException("assessment.rate-too-low", Map.of("rate",
                    String.format(Locale.ROOT, "%.1f", basis.ratePercent()), "minRate", percent(minRate)));
        }
    }

    /** The public's satisfaction a decision stands on: answers and rate (percent) as of a time. */
    public record Basis(long answers, Double ratePercent) {
    }

    /** A quarter as the messages say it: {year}年第{quarter@quarter}季度, or {year}-Q{quarter@quarter}. */
    private static Map<String, Object> quarterArgs(Quarter quarter) {
        return Map.of("year", quarter.year(), "quarter", quarter.number());
    }

    /** A bureau's minimum rate as its settings say it: 80, or 82.5 (the messages add the % sign). */
    private static String percent(double rate) {
        return rate == Math.rint(rate) ? String.valueOf((long) rate) : String.valueOf(rate);
    }

    /** A pass needs no remedy; a fail orders rectification with a deadline, or an adjustment that removes the title. */
    public static void requireRemedy(Result result, Remedy remedy, LocalDate deadline, LocalDate today) {
        if (result == Result.PASS && remedy != Remedy.NONE) {
            throw new RuleViolationException("assessment.pass-with-remedy");
        }
        if (result == Result.FAIL && remedy == Remedy.NONE) {
            throw new RuleViolationException("assessment.fail-without-remedy");
        }
        if (remedy == Remedy.RECTIFY && (deadline == null || !deadline.isAfter(today))) {
            throw new RuleViolationException("assessment.deadline-not-after-today");
        }
    }
}
