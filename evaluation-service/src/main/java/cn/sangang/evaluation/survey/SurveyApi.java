package cn.sangang.evaluation.survey;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.sangang.evaluation.survey.domain.Rating;
import cn.sangang.evaluation.survey.domain.Satisfaction;
import cn.sangang.evaluation.survey.domain.TargetType;

/** The request and response bodies of the survey API: the office's, the members' and the public's. */
final class SurveyApi {

    static final String CODE = "SV[0-9A-Z]{8}";

    private SurveyApi() {
    }

    record NewSurvey(@NotNull TargetType targetType, @Pattern(regexp = "[A-Za-z0-9_-]{1,40}") String targetId,

            @NotNull @Pattern(regexp = "(?s)(?=.*\\S).{1,80}") String title,

            @NotNull @Pattern(regexp = "2\\d{3}-Q[1-4]") String quarter) {
    }

    record SurveyView(String code, TargetType targetType, String targetId, String title, String quarter, boolean open,
            boolean automatic, long answers, Double satisfactionRatePercent) {
    }

    record Results(SurveyView survey, Satisfaction satisfaction, List<Tally.Opinion> latestOpinions) {
    }

    record MemberAnswer(@NotNull Rating rating, @Size(max = 500) String opinion) {
    }

    /** The office's choice whether each quarter's surveys open by themselves. */
    record Settings(@NotNull Boolean autoQuarterly) {
    }

    /**
     * {@code source}: the network's keyed hash, never its address; {@code hour}: the start of the hour (UTC) its
     * answers fell in; {@code first}, {@code last}: its first and last answer in that hour.
     */
    record Burst(String source, Instant hour, long answers, Instant first, Instant last, long satisfied,
            long basicallySatisfied, long dissatisfied) {
    }

    record Option(Rating value, String label) {
    }

    record Question(String code, String title, TargetType targetType, String quarter, boolean open,
            List<Option> options) {
    }

    /**
     * {@code deviceId}: an id the survey page made once and keeps on this device; {@code challenge}: one this survey
     * handed out, {@code nonce} its solution.
     */
    record TicketRequest(@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{16,64}") String deviceId,

            @NotNull @Size(max = 400) String challenge, @NotNull @Pattern(regexp = "[0-9a-z]{1,16}") String nonce) {
    }

    record Challenge(String challenge, int bits, Instant expiresAt) {
    }

    record Ticket(String ticket, Instant expiresAt) {
    }

    record PublicAnswer(@NotNull @Size(max = 1000) String ticket, @NotNull Rating rating,
            @Size(max = 500) String opinion) {
    }
}
