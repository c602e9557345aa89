package cn.sangang.post.post.domain;

import java.time.LocalDate;
import java.util.Map;

import cn.sangang.platform.problem.RuleViolationException;

/** The rules of awarding a plaque (授牌). */
public final class Plaques {

    private Plaques() {
    }

    /** A plaque marks an established post: it is not dated before the election closed or the 局务会 met. */
    public static void requireAwardedAfterEstablishment(LocalDate awardedOn, LocalDate establishedOn) {
        if (establishedOn != null && awardedOn.isBefore(establishedOn)) {
            throw new RuleViolationException("plaque.before-establishment",
                    Map.of("establishedOn", establishedOn.toString()));
        }
    }
}
