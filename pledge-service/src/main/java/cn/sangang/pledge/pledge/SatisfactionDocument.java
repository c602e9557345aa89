package cn.sangang.pledge.pledge;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The public appraisal (群众评议) of a pledge in a quarter, as evaluation-service last reported it. Its id is
 * {@code bureau:pledge:quarter}, kept by {@link cn.sangang.platform.messaging.SatisfactionReports} for {@code sangang.satisfaction.target-type: PLEDGE}.
 */
@Document(SatisfactionDocument.COLLECTION)
@CompoundIndex(name = "bureau_target", def = "{'bureauId': 1, 'targetId': 1}")
record SatisfactionDocument(@Id String id, String bureauId, String targetId, String quarter, long answers,
        Double ratePercent, Instant reportedAt) {

    static final String COLLECTION = "pledge_satisfaction";
}
