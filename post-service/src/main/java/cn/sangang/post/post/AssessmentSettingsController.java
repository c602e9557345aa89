package cn.sangang.post.post;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;

/** The bureau's rules for the quarterly assessment: read by its staff, set by a leader. */
@RestController
@RequestMapping("/api/post/assessment-settings")
class AssessmentSettingsController {

    private final AssessmentSettingsService settings;

    AssessmentSettingsController(AssessmentSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping
    PostApi.AssessmentSettings get(Caller caller) {
        return settings.of(caller.bureauAs(Role.bureauRoles()));
    }

    @PutMapping
    PostApi.AssessmentSettings set(Caller caller, @Valid @RequestBody PostApi.AssessmentSettings request) {
        return settings.set(caller, request);
    }
}
