package cn.sangang.post.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.sangang.events.post.PostAssessed.Remedy;
import cn.sangang.events.post.PostAssessed.Result;
import cn.sangang.events.post.PostKind;
import cn.sangang.events.post.PostRevoked.Cause;
import cn.sangang.post.post.domain.AssessmentRules;
import cn.sangang.post.post.domain.Establishment;
import cn.sangang.post.post.domain.Plaque;
import cn.sangang.post.post.domain.Post;
import cn.sangang.post.post.domain.PostStatus;
import cn.sangang.post.post.domain.Revocation;
import cn.sangang.post.post.domain.Standard;

/** The request and response bodies of the post API. */
final class PostApi {

    static final String ID = "[0-9a-f]{24}";
    static final String QUARTER = "2\\d{3}-Q[1-4]";

    private PostApi() {
    }

    record NewNomination(@NotNull PostKind kind, @NotBlank @Size(max = 60) String title,
            @Pattern(regexp = "[A-Za-z0-9_-]{1,32}") String holderPersonNo,
            @Pattern(regexp = "[a-z][a-z0-9-]{0,31}") String unitCode,
            @NotEmpty Map<@NotNull Standard, @NotNull @Size(max = 1000) String> statements) {
    }

    record Resolution(@NotBlank @Size(max = 60) String resolutionNo, @NotNull LocalDate meetingDate) {
    }

    /** {@code hangsAt}: where the plaque hangs; by default in the office (individual) or at the door (collective). */
    record PlaqueAward(@NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String plaqueNo,

            @NotNull LocalDate awardedOn, @Size(max = 100) String hangsAt) {
    }

    /** {@code quarter} such as 2026-Q2, checked by the assessment rules so a wrong one is refused in Chinese. */
    record NewAssessment(String quarter, @NotNull Result result, @NotBlank @Size(max = 2000) String findings,
            @NotNull Remedy remedy, LocalDate deadline) {
    }

    /**
     * A bureau's assessment rules: a PASS needs at least {@code minAnswers} answers and a rate of at least
     * {@code minRate} percent (null: no minimum); a quarter may be assessed from its last {@code assessWithinLastDays}
     * days on (0: only once it has ended).
     */
    record AssessmentSettings(@Min(0) @Max(100_000) int minAnswers, @DecimalMin("0") @DecimalMax("100") Double minRate,
            @Min(0) @Max(92) int assessWithinLastDays) {

        AssessmentRules rules() {
            return new AssessmentRules(minAnswers, minRate, assessWithinLastDays);
        }
    }

    /** The public's satisfaction an assessment was decided on, frozen at the decision. */
    record Basis(long answers, Double rate, Instant asOf) {
    }

    record RectificationClosed(@NotBlank @Size(max = 1000) String note) {
    }

    record Veto(@NotNull Cause cause, @NotBlank @Size(max = 4000) String facts) {
    }

    /**
     * The public's satisfaction with the post in a quarter — the main basis of its assessment: the rate
     * (满意 + 基本满意 share, percent) over {@code answers} as of a report, or the note "no data yet".
     */
    record Satisfaction(Double ratePercent, long answers, Instant asOf, String note) {
        static final Satisfaction NO_DATA_YET = new Satisfaction(null, 0, null, "no data yet");

        static Satisfaction of(SatisfactionDocument reported) {
            return reported == null || reported.answers() == 0
                    ? NO_DATA_YET
                    : new Satisfaction(reported.ratePercent(), reported.answers(), reported.reportedAt(), null);
        }
    }

    /** {@code basis}: frozen at the decision, null without data; {@code satisfaction}: the live figure since. */
    record AssessmentView(String quarter, Result result, String findings, Remedy remedy, LocalDate deadline,
            String assessedBy, Instant at, Instant rectifiedAt, String rectifiedBy, String rectificationNote,
            Basis basis, Satisfaction satisfaction) {
    }

    /** The plaque's public page: nothing private; {@code notice} says when the post is no longer a model post. */
    record PlaquePage(String plaqueCode, String bureauId, String title, PostKind kind, String holderName,
            String unitName, Map<Standard, String> standards, String plaqueNo, LocalDate awardedOn, String hangsAt,
            boolean modelPost, String notice, String pageUrl, String qrCodeUrl, String surveyUrl) {
    }

    record PostView(String id, PostKind kind, String title, String holderPersonNo, String holderName, String unitCode,
            String unitName, Map<Standard, String> statements, PostStatus status, Establishment establishment,
            Plaque plaque, List<AssessmentView> assessments, Revocation revocation, List<String> flags,
            Map<String, Satisfaction> satisfaction) {

        /** {@code satisfaction}: what evaluation-service reported for the post, by quarter. */
        static PostView of(Post p, Map<String, SatisfactionDocument> satisfaction) {
            return new PostView(p.id(), p.kind(), p.title(), p.holderPersonNo(), p.holderName(), p.unitCode(),
                    p.unitName(), p.statements(), p.status(), p.establishment(), p.plaque(),
                    p.assessments().stream()
                            .map(a -> new AssessmentView(a.quarter(), a.result(), a.findings(), a.remedy(),
                                    a.deadline(), a.assessedBy(), a.at(), a.rectifiedAt(), a.rectifiedBy(),
                                    a.rectificationNote(),
                                    a.basis() == null
                                            ? null
                                            : new Basis(a.basis().answers(), a.basis().ratePercent(), a.basis().asOf()),
                                    Satisfaction.of(satisfaction.get(a.quarter()))))
                            .toList(),
                    p.revocation(), p.flags(), satisfaction.values().stream().collect(Collectors
                            .toMap(SatisfactionDocument::quarter, Satisfaction::of, (a, b) -> a, TreeMap::new)));
        }
    }
}
