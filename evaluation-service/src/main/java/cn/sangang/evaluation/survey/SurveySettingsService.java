package cn.sangang.evaluation.survey;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;

/** Whether a bureau's quarterly surveys open by themselves (the default) or only by the office's hand. */
@Service
class SurveySettingsService {

    private final MongoOperations mongo;
    private final ChangeRecorder recorder;

    SurveySettingsService(MongoOperations mongo, ChangeRecorder recorder) {
        this.mongo = mongo;
        this.recorder = recorder;
    }

    boolean autoQuarterly(String bureau) {
        SurveySettingsDocument settings = find(bureau);
        return settings == null || settings.autoQuarterly();
    }

    SurveySettingsDocument set(Caller caller, boolean autoQuarterly) {
        String bureau = caller.bureauAs(Role.OFFICE);
        SurveySettingsDocument settings = find(bureau);
        if (settings == null) {
            settings = new SurveySettingsDocument(bureau, autoQuarterly);
        }
        settings.change(autoQuarterly);
        recorder.audit(settings, caller, "survey.settings-set", null,
                autoQuarterly ? "开启每季度自动开展满意度测评" : "关闭每季度自动开展满意度测评");
        try {
            return mongo.save(settings);
        } catch (DuplicateKeyException concurrent) {
            throw new ConflictException("request.concurrent-change");
        }
    }

    /** The bureaus whose office turned automatic quarterly surveys off. */
    Set<String> optedOut() {
        return mongo.find(Query.query(Criteria.where("autoQuarterly").is(false)), SurveySettingsDocument.class).stream()
                .map(SurveySettingsDocument::getBureauId).collect(Collectors.toSet());
    }

    private SurveySettingsDocument find(String bureau) {
        return mongo.findOne(Query.query(Criteria.where("bureauId").is(bureau)), SurveySettingsDocument.class);
    }
}
