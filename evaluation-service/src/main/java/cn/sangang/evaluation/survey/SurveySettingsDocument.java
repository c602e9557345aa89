package cn.sangang.evaluation.survey;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.platform.outbox.AggregateDocument;

/** A bureau's choice about surveys; until the office sets one, quarterly surveys open automatically. */
@Document("survey_settings")
@CompoundIndex(name = "one_per_bureau", def = "{'bureauId': 1}", unique = true)
class SurveySettingsDocument extends AggregateDocument {

    private boolean autoQuarterly;

    SurveySettingsDocument() {
    }

    SurveySettingsDocument(String bureauId, boolean autoQuarterly) {
        super(bureauId);
        this.autoQuarterly = autoQuarterly;
    }

    void change(boolean auto) {
        autoQuarterly = auto;
    }

    boolean autoQuarterly() {
        return autoQuarterly;
    }
}
