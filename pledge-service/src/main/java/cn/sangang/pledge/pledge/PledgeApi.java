package cn.sangang.pledge.pledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.sangang.events.pledge.PledgeKind;
import cn.sangang.pledge.pledge.domain.ItemStatus;
import cn.sangang.pledge.pledge.domain.Pledge.Evaluation;
import cn.sangang.pledge.pledge.domain.Pledge.Inspection;
import cn.sangang.pledge.pledge.domain.Pledge.ItemEvaluation;
import cn.sangang.pledge.pledge.domain.Pledge.Progress;
import cn.sangang.pledge.pledge.domain.Pledge.Publication;
import cn.sangang.pledge.pledge.domain.Pledge.Rectification;
import cn.sangang.pledge.pledge.domain.Pledge.Round;
import cn.sangang.pledge.pledge.domain.PledgeStatus;
import cn.sangang.pledge.pledge.domain.Review.Decision;
import cn.sangang.pledge.pledge.domain.ReviewCheck;

/** The request and response bodies of the pledge API. */
final class PledgeApi {

    static final String ID = "[0-9a-f]{24}";
    static final String PERSON_NO = "[A-Za-z0-9_-]{1,32}";
    static final int MAX_ITEMS = 20;

    private PledgeApi() {
    }

    /** One item: what is pledged, who answers for it, by when (完成时限), and the expected effect (预期效果). */
    record NewItem(@NotBlank @Size(max = 1000) String content,
            @NotNull @Pattern(regexp = PERSON_NO) String responsiblePersonNo, @NotNull LocalDate deadline,
            @NotBlank @Size(max = 1000) String expectedEffect) {
    }

    /**
     * A MEMBER proposes their own pledge; the SECRETARY files the branch's organisation pledge, naming the
     * organisation (e.g. 中共某某县森林公安局支部委员会).
     */
    record NewPledge(@NotNull PledgeKind kind, @NotNull @Min(2000) @Max(2100) Integer campaignYear,
            @Size(min = 1, max = 60) String organisationName,
            @NotEmpty @Size(max = MAX_ITEMS) List<@Valid @NotNull NewItem> items) {
    }

    record Revision(@NotEmpty @Size(max = MAX_ITEMS) List<@Valid @NotNull NewItem> items) {
    }

    /** The five checks of one item, each true (passes) or false (fails), with an optional note. */
    record ItemChecks(@NotNull @Min(1) @Max(MAX_ITEMS) Integer itemNo,
            @NotEmpty Map<@NotNull ReviewCheck, @NotNull Boolean> checks, @Size(max = 1000) String note) {
    }

    record ReviewRequest(@NotNull Decision decision, @Size(max = 2000) String guidance,
            @NotEmpty @Size(max = MAX_ITEMS) List<@Valid @NotNull ItemChecks> items) {
    }

    /** {@code shownAtMeetingOn}: the democratic life meeting (民主生活会) where the pledge was read out, if held. */
    record PublicationRequest(@PastOrPresent LocalDate shownAtMeetingOn) {
    }

    /** {@code completed}: the responsible member reports the item done. */
    record ProgressRequest(@NotBlank @Size(max = 500) String note, Boolean completed) {
    }

    record InspectionRequest(@NotNull @PastOrPresent LocalDate inspectedOn,
            @NotBlank @Size(max = 500) String findings) {
    }

    /**
     * The verdict on one item: 领导点评 ({@code leaderComment}), 组织考核 ({@code assessment}) and whether it was
     * fulfilled; if not, the rectification order and its deadline.
     */
    record ItemVerdict(@NotNull @Min(1) @Max(MAX_ITEMS) Integer itemNo,
            @NotBlank @Size(max = 2000) String leaderComment, @NotBlank @Size(max = 2000) String assessment,
            @NotNull Boolean fulfilled, @Size(max = 2000) String rectificationOrder, LocalDate rectificationDeadline) {
    }

    record EvaluationRequest(@NotEmpty @Size(max = MAX_ITEMS) List<@Valid @NotNull ItemVerdict> items) {
    }

    record RectificationClosed(@NotBlank @Size(max = 2000) String note) {
    }

    /**
     * 群众评议: the public's satisfaction with the pledge, as evaluation-service reported it for the latest surveyed
     * quarter — rate (满意 + 基本满意 share, percent) over {@code answers} — or the note "no data yet".
     */
    record PublicAppraisal(String quarter, Double ratePercent, long answers, String note) {
        static final PublicAppraisal NO_DATA_YET = new PublicAppraisal(null, null, 0, "no data yet");

        static PublicAppraisal of(SatisfactionDocument reported) {
            return reported == null || reported.answers() == 0
                    ? NO_DATA_YET
                    : new PublicAppraisal(reported.quarter(), reported.ratePercent(), reported.answers(), null);
        }
    }

    record ItemView(int no, String content, String responsiblePersonNo, String responsibleName, LocalDate deadline,
            String expectedEffect, ItemStatus status, boolean overdue, List<Progress> progress,
            List<Inspection> inspections, ItemEvaluation evaluation, PublicAppraisal publicAppraisal,
            Rectification rectification) {
    }

    record PledgeView(String id, PledgeKind kind, String letterTitle, int campaignYear, String proposerPersonNo,
            String proposerName, String organisationName, PledgeStatus status, boolean late, List<ItemView> items,
            List<Round> rounds, Publication publication, Evaluation evaluation) {
    }
}
