package cn.sangang.evaluation.survey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

import cn.sangang.evaluation.survey.domain.TargetType;

interface SurveyRepository extends Repository<SurveyDocument, String> {

    SurveyDocument insert(SurveyDocument survey);

    SurveyDocument save(SurveyDocument survey);

    Optional<SurveyDocument> findByCode(String code);

    Optional<SurveyDocument> findByBureauIdAndCode(String bureauId, String code);

    List<SurveyDocument> findByBureauIdOrderByQuarterDescCodeAsc(String bureauId);

    List<SurveyDocument> findByBureauIdAndTargetTypeAndTargetIdAndOpenTrueOrderByQuarterDesc(String bureauId,
            TargetType targetType, String targetId);
}
