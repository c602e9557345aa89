package cn.sangang.evaluation.survey;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.evaluation.survey.domain.SurveyRules;
import cn.sangang.evaluation.survey.domain.TargetType;
import cn.sangang.platform.outbox.AggregateDocument;

/** A satisfaction survey about one target for one quarter, answered by its public code. */
@Document("surveys")
@CompoundIndex(name = "code", def = "{'code': 1}", unique = true)
@CompoundIndex(name = "bureau_target_quarter", def = "{'bureauId': 1, 'targetType': 1, 'targetId': 1, 'quarter': 1}", unique = true)
class SurveyDocument extends AggregateDocument {

    private String code;
    private TargetType targetType;
    private String targetId;
    private String title;
    private String quarter;
    private boolean open;
    /** Opened by the quarterly job rather than by the office; closed by it when its quarter has ended. */
    private boolean automatic;
    /** How many answers the last published satisfaction-rated event counted. */
    private long publishedAnswers;

    SurveyDocument() {
    }

    SurveyDocument(String bureauId, String code, TargetType targetType, String targetId, String title, String quarter,
            boolean automatic) {
        super(bureauId);
        this.automatic = automatic;
        this.code = code;
        this.targetType = targetType;
        this.targetId = targetId;
        this.title = title;
        this.quarter = quarter;
        this.open = true;
    }

    void close() {
        SurveyRules.requireOpen(open, code);
        open = false;
    }

    long publishedAnswers() {
        return publishedAnswers;
    }

    void published(long answers) {
        publishedAnswers = answers;
    }

    String code() {
        return code;
    }

    TargetType targetType() {
        return targetType;
    }

    String targetId() {
        return targetId;
    }

    String title() {
        return title;
    }

    String quarter() {
        return quarter;
    }

    boolean open() {
        return open;
    }

    boolean automatic() {
        return automatic;
    }
}
