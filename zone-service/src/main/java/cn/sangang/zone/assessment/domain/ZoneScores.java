package cn.sangang.zone.assessment.domain;

import java.time.LocalDate;
import java.util.Map;

import cn.sangang.events.Quarter;
import cn.sangang.platform.problem.RuleViolationException;

/**
 * A quarterly zone assessment on the three criteria of design §3.2, each scored 0–100: centred on core work with
 * the Party's vanguard role; effective measures that solved real problems; stronger organisational function and
 * service capacity. The total is their mean, rounded half up.
 */
public record ZoneScores(int coreWork, int problemSolving, int serviceCapacity) {

    public ZoneScores {
        for (int score : new int[]{coreWork, problemSolving, serviceCapacity}) {
            if (score < 0 || score > 100) {
                throw new RuleViolationException("assessment.score-out-of-range", Map.of("score", score));
            }
        }
    }

    public int total() {
        return Math.round((coreWork + problemSolving + serviceCapacity) / 3.0f);
    }

    /** 优秀 from 90, 良好 from 80, 合格 from 60, else 不合格. */
    public Grade grade() {
        int total = total();
        return total >= 90 ? Grade.EXCELLENT : total >= 80 ? Grade.GOOD : total >= 60 ? Grade.PASS : Grade.FAIL;
    }

    public enum Grade {
        EXCELLENT, GOOD, PASS, FAIL
    }

    /** A quarter can be assessed once it has begun, not in advance. */
    public static void requireAssessable(Quarter quarter, LocalDate today) {
        if (quarter.compareTo(Quarter.of(today)) > 0) {
            throw new RuleViolationException("assessment.quarter-not-begun",
                    Map.of("year", quarter.year(), "quarter", quarter.number()));
        }
    }
}
