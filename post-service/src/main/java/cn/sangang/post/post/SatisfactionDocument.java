package cn.sangang.post.post;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The public's satisfaction with a post in a quarter, as evaluation-service last reported it — the main basis of
 * the quarter's assessment, kept by {@link cn.sangang.platform.messaging.SatisfactionReports} for {@code sangang.satisfaction.target-type: POST}.
 */
@Document(SatisfactionDocument.COLLECTION)
@CompoundIndex(name = "bureau_target", def = "{'bureauId': 1, 'targetId': 1}")
record SatisfactionDocument(@Id String id, String bureauId, String targetId, String quarter, long answers,
        Double ratePercent, Instant reportedAt) {

    static final String COLLECTION = "post_satisfaction";
}
