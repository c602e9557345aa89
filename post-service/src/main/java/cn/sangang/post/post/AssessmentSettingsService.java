package cn.sangang.post.post;

import java.util.List;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;

/** A bureau's assessment rules, set by a leader; none set means no minimum and assessment only after the quarter ends. */
@Service
class AssessmentSettingsService {

    static final PostApi.AssessmentSettings DEFAULTS = new PostApi.AssessmentSettings(0, null, 0);

    private final MongoOperations mongo;
    private final ChangeRecorder recorder;

    AssessmentSettingsService(MongoOperations mongo, ChangeRecorder recorder) {
        this.mongo = mongo;
        this.recorder = recorder;
    }

    PostApi.AssessmentSettings of(String bureau) {
        AssessmentSettingsDocument settings = mongo.findById(bureau, AssessmentSettingsDocument.class);
        return settings == null ? DEFAULTS : settings.view();
    }

    PostApi.AssessmentSettings set(Caller caller, PostApi.AssessmentSettings settings) {
        String bureau = caller.bureauAs(Role.LEADER);
        Update change = new Update().set("bureauId", bureau).set("minAnswers", settings.minAnswers())
                .set("minRate", settings.minRate()).set("assessWithinLastDays", settings.assessWithinLastDays())
                // The relay clears an outbox once both its lists are empty: a document this upsert creates needs both.
                .setOnInsert("outbox.events", List.of());
        mongo.upsert(Query.query(Criteria.where("_id").is(bureau)),
                recorder.auditing(change, bureau, "AssessmentSettings", bureau, caller, "post.assessment-settings-set",
                        "考核规则：最少答卷 " + settings.minAnswers() + " 份，最低满意率 "
                                + (settings.minRate() == null ? "不限" : settings.minRate() + "%") + "，季度末可提前 "
                                + settings.assessWithinLastDays() + " 天评定"),
                AssessmentSettingsDocument.class);
        return settings;
    }
}
