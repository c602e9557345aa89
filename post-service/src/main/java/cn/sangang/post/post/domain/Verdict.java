package cn.sangang.post.post.domain;

import java.time.LocalDate;

import cn.sangang.events.post.PostAssessed.Remedy;
import cn.sangang.events.post.PostAssessed.Result;

/** A leader's quarterly assessment as decided: {@code quarter} as written (e.g. 2026-Q2), checked by the rules. */
public record Verdict(String quarter, Result result, String findings, Remedy remedy, LocalDate deadline) {
}
