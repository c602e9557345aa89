package cn.sangang.zone.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.zone.ZoneAssessed;
import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.zone.assessment.domain.ZoneScores;
import cn.sangang.zone.plan.ZonePlans;
import cn.sangang.zone.plan.domain.Zone;

/** Quarterly zone assessments by the leadership; each emits {@code zone-assessed} for the evaluation feed. */
@RestController
@RequestMapping("/api/zone/assessments")
class AssessmentController {

    private static final String QUARTER = "2\\d{3}-Q[1-4]";

    record NewAssessment(@NotNull @Pattern(regexp = "[0-9a-f]{24}") String zoneId,
                         @NotNull @Pattern(regexp = QUARTER) String quarter,
                         @NotNull @Min(0) @Max(100) Integer coreWorkScore,
                         @NotNull @Min(0) @Max(100) Integer problemSolvingScore,
                         @NotNull @Min(0) @Max(100) Integer serviceCapacityScore,
                         @Size(max = 2000) String comments) {
    }

    record AssessmentView(String id, String zoneId, String zoneName, String unitCode, String quarter,
                          int coreWorkScore, int problemSolvingScore, int serviceCapacityScore, int total,
                          ZoneScores.Grade grade, String comments, String assessedBy, Instant assessedAt) {
    }

    private final ZoneAssessmentRepository assessments;
    private final ZonePlans plans;
    private final ChangeRecorder recorder;

    AssessmentController(ZoneAssessmentRepository assessments, ZonePlans plans, ChangeRecorder recorder) {
        this.assessments = assessments;
        this.plans = plans;
        this.recorder = recorder;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AssessmentView assess(Caller caller, @Valid @RequestBody NewAssessment request) {
        String bureau = caller.bureauAs(Role.LEADER);
        Zone zone = plans.of(bureau).require(request.zoneId());
        Quarter quarter = Quarter.parse(request.quarter());
        ZoneScores.requireAssessable(quarter, LocalDate.ofInstant(recorder.now(), Quarter.BUREAU_TIME));
        ZoneScores scores = new ZoneScores(request.coreWorkScore(), request.problemSolvingScore(),
            request.serviceCapacityScore());
        if (assessments.existsByBureauIdAndZoneIdAndQuarter(bureau, zone.zoneId(), quarter.toString())) {
            throw alreadyAssessed(zone, quarter);
        }
        ZoneAssessmentDocument assessment = new ZoneAssessmentDocument(bureau, zone.zoneId(), zone.name(),
            zone.unitCode(), quarter.toString(), scores, request.comments(), caller.member(), recorder.now());
        recorder.audit(assessment, caller, "zone.assessed", request.comments(),
            zone.name() + " " + quarter + " 总分 " + scores.total());
        recorder.publish(assessment, EventTypes.ZONE_ASSESSED, new ZoneAssessed(zone.zoneId(), zone.name(),
            zone.unitCode(), quarter.toString(), scores.coreWork(), scores.problemSolving(), scores.serviceCapacity(),
            scores.total(), caller.member()));
        try {
            return assessments.insert(assessment).view();
        } catch (DuplicateKeyException concurrentAssessment) {
            throw alreadyAssessed(zone, quarter);
        }
    }

    @GetMapping
    List<AssessmentView> list(Caller caller, @RequestParam(required = false) @Pattern(regexp = QUARTER) String quarter) {
        String bureau = caller.bureauAs(Role.LEADER, Role.SECRETARY, Role.OFFICE, Role.UNIT_HEAD);
        return (quarter == null ? assessments.findByBureauIdOrderByQuarterDescZoneNameAsc(bureau)
            : assessments.findByBureauIdAndQuarterOrderByZoneName(bureau, quarter)).stream()
            .map(ZoneAssessmentDocument::view).toList();
    }

    private static ConflictException alreadyAssessed(Zone zone, Quarter quarter) {
        return new ConflictException(zone.name() + " has already been assessed for " + quarter);
    }
}
