package cn.sangang.post.post.domain;

/**
 * A bureau's assessment rules: a PASS needs at least {@code minAnswers} answers and a rate of at least
 * {@code minRate} percent (null: no minimum); a quarter may be assessed from its last {@code assessWithinLastDays}
 * days on (0: only once it has ended).
 */
public record AssessmentRules(int minAnswers, Double minRate, int assessWithinLastDays) {
}
