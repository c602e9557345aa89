package cn.sangang.zone.assessment;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.sangang.zone.assessment.domain.ZoneScores;

/** The request and response bodies of the zone assessment API. */
final class AssessmentApi {

    static final String QUARTER = "2\\d{3}-Q[1-4]";

    private AssessmentApi() {
    }

    record NewAssessment(@NotNull @Pattern(regexp = "[0-9a-f]{24}") String zoneId,
            @NotNull @Pattern(regexp = QUARTER) String quarter, @NotNull @Min(0) @Max(100) Integer coreWorkScore,
            @NotNull @Min(0) @Max(100) Integer problemSolvingScore,
            @NotNull @Min(0) @Max(100) Integer serviceCapacityScore, @Size(max = 2000) String comments) {
    }

    record AssessmentView(String id, String zoneId, String zoneName, String unitCode, String quarter, int coreWorkScore,
            int problemSolvingScore, int serviceCapacityScore, int total, ZoneScores.Grade grade, String comments,
            String assessedBy, Instant assessedAt) {
    }
}
