package cn.sangang.post.post.domain;

import java.time.LocalDate;
import java.util.List;

import cn.sangang.events.Quarter;
import cn.sangang.events.post.PostAssessed.Remedy;
import cn.sangang.events.post.PostAssessed.Result;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.RuleViolationException;

/** The rules of the quarterly assessment (每季度考核) by the leadership. */
public final class Assessments {

    private Assessments() {
    }

    /** A quarter from the one the plaque was awarded in up to the current one, each once. */
    public static void requireAssessable(Quarter quarter, LocalDate today, LocalDate awardedOn,
                                         List<String> assessedQuarters) {
        if (quarter.compareTo(Quarter.of(today)) > 0) {
            throw new RuleViolationException(quarter + " has not begun; it cannot be assessed yet");
        }
        if (awardedOn != null && quarter.compareTo(Quarter.of(awardedOn)) < 0) {
            throw new RuleViolationException(quarter + " ended before the plaque was awarded on " + awardedOn);
        }
        if (assessedQuarters.contains(quarter.toString())) {
            throw new ConflictException("this post has already been assessed for " + quarter);
        }
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
