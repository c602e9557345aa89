package cn.sangang.evaluation.survey;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.evaluation.survey.SurveyApi.Settings;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;

/** The office's choice whether each quarter's surveys open by themselves. */
@RestController
@RequestMapping("/api/evaluation/survey-settings")
class SurveySettingsController {

    private final SurveySettingsService settings;

    SurveySettingsController(SurveySettingsService settings) {
        this.settings = settings;
    }

    @GetMapping
    Settings get(Caller caller) {
        return new Settings(settings.autoQuarterly(caller.bureauAs(Role.OFFICE, Role.LEADER)));
    }

    @PutMapping
    Settings set(Caller caller, @Valid @RequestBody Settings request) {
        return new Settings(settings.set(caller, request.autoQuarterly()).autoQuarterly());
    }
}
