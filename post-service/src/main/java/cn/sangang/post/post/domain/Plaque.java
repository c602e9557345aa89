package cn.sangang.post.post.domain;

import java.time.Instant;
import java.time.LocalDate;

/** 标牌: its number, public code, award date, where it hangs, and its reclaiming. */
public record Plaque(String no, String code, LocalDate awardedOn, String hangsAt, Instant reclaimedAt,
        String reclaimedBy) {

    Plaque reclaimed(Instant at, String by) {
        return new Plaque(no, code, awardedOn, hangsAt, at, by);
    }
}
