package cn.sangang.post.post.domain;

import java.time.LocalDate;
import java.util.List;

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
            throw new BadRequestException("考核季度应写作「2026-Q2」的形式：2000 至 2999 年，第 1 至 4 季度");
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
            throw new RuleViolationException(name(quarter) + "尚未结束（" + lastDay.getMonthValue() + "月"
                + lastDay.getDayOfMonth() + "日结束），季度评定须在季度结束后进行"
                + (withinLastDays > 0 ? "（本局规定季度最后 " + withinLastDays + " 天内可提前评定）" : ""));
        }
        if (awardedOn != null && quarter.compareTo(Quarter.of(awardedOn)) < 0) {
            throw new RuleViolationException(name(quarter) + "早于授牌（" + awardedOn + "）所在季度，季度评定从授牌季度起");
        }
        if (assessedQuarters.contains(quarter.toString())) {
            throw new ConflictException("this post has already been assessed for " + quarter);
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
            throw new RuleViolationException("本季度群众满意度测评仅 " + answers + " 份答卷，低于本局规定的 " + minAnswers
                + " 份，不能评为合格");
        }
        if (minRate != null && (basis == null || basis.ratePercent() == null)) {
            throw new RuleViolationException("本季度尚无群众满意度测评结果，本局规定满意率不低于 " + percent(minRate)
                + "，不能评为合格");
        }
        if (minRate != null && basis.ratePercent() < minRate) {
            throw new RuleViolationException("满意率 " + String.format("%.1f%%", basis.ratePercent()) + "，低于本局规定的 "
                + percent(minRate) + "，不能评为合格");
        }
    }

    /** The public's satisfaction a decision stands on: answers and rate (percent) as of a time. */
    public record Basis(long answers, Double ratePercent) {
    }

    /** 「2026年第四季度」 */
    static String name(Quarter quarter) {
        return quarter.year() + "年第" + "一二三四".charAt(quarter.number() - 1) + "季度";
    }

    private static String percent(double rate) {
        return (rate == Math.rint(rate) ? String.valueOf((long) rate) : String.valueOf(rate)) + "%";
    }

    /** A pass needs no remedy; a fail orders rectification with a deadline, or an adjustment that removes the title. */
    public static void requireRemedy(Result result, Remedy remedy, LocalDate deadline, LocalDate today) {
        if (result == Result.PASS && remedy != Remedy.NONE) {
            throw new RuleViolationException("a passed assessment orders no remedy");
        }
        if (result == Result.FAIL && remedy == Remedy.NONE) {
            throw new RuleViolationException("a failed assessment orders rectification (RECTIFY) or adjustment (ADJUST)");
        }
        if (remedy == Remedy.RECTIFY && (deadline == null || !deadline.isAfter(today))) {
            throw new RuleViolationException("rectification needs a deadline after today");
        }
    }
}
