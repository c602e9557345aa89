package cn.sangang.zone.assessment;

import java.time.Instant;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.platform.outbox.AggregateDocument;
import cn.sangang.zone.assessment.domain.ZoneScores;

/** 考核评比 of one zone for one quarter; the unique key makes a second assessment of the same quarter impossible. */
@Document("zone_assessments")
@CompoundIndex(name = "one_per_zone_quarter", def = "{'bureauId': 1, 'zoneId': 1, 'quarter': 1}", unique = true)
@CompoundIndex(name = "bureau_quarter", def = "{'bureauId': 1, 'quarter': 1}")
class ZoneAssessmentDocument extends AggregateDocument {

    private String zoneId;
    private String zoneName;
    private String unitCode;
    private String quarter;
    private ZoneScores scores;
    private String comments;
    private String assessedBy;
    private Instant assessedAt;

    ZoneAssessmentDocument() {
    }

    ZoneAssessmentDocument(String bureauId, String zoneId, String zoneName, String unitCode, String quarter,
            ZoneScores scores, String comments, String assessedBy, Instant assessedAt) {
        super(bureauId);
        this.zoneId = zoneId;
        this.zoneName = zoneName;
        this.unitCode = unitCode;
        this.quarter = quarter;
        this.scores = scores;
        this.comments = comments;
        this.assessedBy = assessedBy;
        this.assessedAt = assessedAt;
    }

    AssessmentApi.AssessmentView view() {
        return new AssessmentApi.AssessmentView(getId(), zoneId, zoneName, unitCode, quarter, scores.coreWork(),
                scores.problemSolving(), scores.serviceCapacity(), scores.total(), scores.grade(), comments, assessedBy,
                assessedAt);
    }
}
