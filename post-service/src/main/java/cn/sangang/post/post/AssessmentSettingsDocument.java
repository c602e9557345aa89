package cn.sangang.post.post;

import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.platform.outbox.AggregateDocument;

/**
 * A bureau's rules for the quarterly assessment; its id is the bureau's. Only ever written by an upsert carrying its
 * audit entry, which names the leader who set it (see {@link AssessmentSettingsService#set}).
 */
@Document("assessment_settings")
class AssessmentSettingsDocument extends AggregateDocument {

    private int minAnswers;
    private Double minRate;
    private int assessWithinLastDays;

    AssessmentSettingsDocument() {
    }

    PostApi.AssessmentSettings view() {
        return new PostApi.AssessmentSettings(minAnswers, minRate, assessWithinLastDays);
    }
}
