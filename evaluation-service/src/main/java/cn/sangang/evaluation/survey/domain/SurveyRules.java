package cn.sangang.evaluation.survey.domain;

import java.util.Map;

import cn.sangang.platform.problem.ConflictException;

/** What a survey's life allows: it is closed once, so its audit trail says once when and why it ended. */
public final class SurveyRules {

    private SurveyRules() {
    }

    public static void requireOpen(boolean open, String code) {
        if (!open) {
            throw new ConflictException("survey.already-closed", Map.of("code", code));
        }
    }
}
