package cn.sangang.zone.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.zone.ZoneAssessed;
import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.zone.assessment.AssessmentApi.AssessmentView;
import cn.sangang.zone.assessment.AssessmentApi.NewAssessment;
import cn.sangang.zone.assessment.domain.ZoneScores;
import cn.sangang.zone.plan.ZonePlans;
import cn.sangang.zone.plan.domain.Zone;

/**
 * Quarterly zone assessments by the leadership, one per zone and quarter; each emits {@code zone-assessed} for the
 * evaluation feed in the same write.
 */
@Service
class AssessmentService {

    private final ZoneAssessmentRepository assessments;
    private final ZonePlans plans;
    private final ChangeRecorder recorder;

    AssessmentService(ZoneAssessmentRepository assessments, ZonePlans plans, ChangeRecorder recorder) {
        this.assessments = assessments;
        this.plans = plans;
        this.recorder = recorder;
    }

    AssessmentView assess(Caller caller, NewAssessment request) {
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
        recorder.publish(assessment, EventTypes.ZONE_ASSESSED,
                new ZoneAssessed(zone.zoneId(), zone.name(), zone.unitCode(), quarter.toString(), scores.coreWork(),
                        scores.problemSolving(), scores.serviceCapacity(), scores.total(), caller.member()));
        try {
            return assessments.insert(assessment).view();
        } catch (DuplicateKeyException concurrentAssessment) {
            throw alreadyAssessed(zone, quarter);
        }
    }

    /** A bureau's assessments of one quarter, or of every quarter (newest first) when {@code quarter} is null. */
    List<AssessmentView> list(String bureau, String quarter) {
        return (quarter == null
                ? assessments.findByBureauIdOrderByQuarterDescZoneNameAsc(bureau)
                : assessments.findByBureauIdAndQuarterOrderByZoneName(bureau, quarter)).stream()
                .map(ZoneAssessmentDocument::view).toList();
    }

    /** As {@link #list}, through a store cursor: the caller closes the stream. */
    Stream<AssessmentView> stream(String bureau, String quarter) {
        return (quarter == null
                ? assessments.streamByBureauIdOrderByQuarterDescZoneNameAsc(bureau)
                : assessments.streamByBureauIdAndQuarterOrderByZoneName(bureau, quarter))
                .map(ZoneAssessmentDocument::view);
    }

    private static ConflictException alreadyAssessed(Zone zone, Quarter quarter) {
        return new ConflictException("assessment.already-assessed",
                Map.of("zone", zone.name(), "year", quarter.year(), "quarter", quarter.number()));
    }
}
