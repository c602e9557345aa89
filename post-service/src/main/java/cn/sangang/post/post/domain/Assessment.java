package cn.sangang.post.post.domain;

import java.time.Instant;
import java.time.LocalDate;

import cn.sangang.events.post.PostAssessed.Remedy;
import cn.sangang.events.post.PostAssessed.Result;

/**
 * One quarter's assessment and the satisfaction it was decided on ({@code basis}, null without data); a
 * rectification order is tracked to its closing.
 */
public record Assessment(String quarter, Result result, String findings, Remedy remedy, LocalDate deadline,
        String assessedBy, Instant at, Instant rectifiedAt, String rectifiedBy, String rectificationNote, Basis basis) {

    /** A copy of the quarter's satisfaction as reported when the assessment was decided; later reports leave it. */
    public record Basis(long answers, Double ratePercent, Instant asOf) {
    }

    /** Ordered rectification still waiting to be closed. */
    public boolean openRectification() {
        return remedy == Remedy.RECTIFY && deadline != null && rectifiedAt == null;
    }

    Assessment closed(Instant when, String by, String note) {
        return new Assessment(quarter, result, findings, remedy, deadline, assessedBy, at, when, by, note, basis);
    }
}
