package cn.sangang.evaluation.survey;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.sangang.evaluation.survey.domain.TargetType;
import cn.sangang.events.Quarter;
import cn.sangang.platform.reminder.ChineseDates;
import cn.sangang.platform.schedule.LeasedJobs;

/**
 * The quarter's rhythm without anyone's hand: when a quarter has begun (bureau time), the automatic surveys of the
 * quarters before it close and one survey opens for every live target of every bureau that has not turned this off —
 * each post with a plaque that is not revoked, each zone not dissolved, each pledge publicized for this year's
 * campaign. It runs at start-up and every few minutes, on one replica, and a run that finds everything done changes
 * nothing; a target that appears mid-quarter gets its survey on the next run.
 */
@Component
class QuarterlySurveys {

    static final String JOB = "evaluation-quarterly-surveys";
    static final Duration LEASE = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(QuarterlySurveys.class);
    private static final int NAME_LIMIT = 50;

    private final SurveyService surveys;
    private final PublicTargets targets;
    private final SurveySettingsService settings;
    private final LeasedJobs jobs;

    QuarterlySurveys(SurveyService surveys, PublicTargets targets, SurveySettingsService settings, LeasedJobs jobs) {
        this.surveys = surveys;
        this.targets = targets;
        this.settings = settings;
        this.jobs = jobs;
    }

    @Scheduled(fixedDelayString = "${sangang.evaluation.quarterly-surveys-every:5m}", initialDelayString = "${sangang.evaluation.quarterly-surveys-first-after:30s}")
    void scheduled() {
        jobs.runExclusively(JOB, LEASE, this::run);
    }

    void run() {
        Quarter current = Quarter.of(LocalDate.ofInstant(surveys.now(), Quarter.BUREAU_TIME));
        int closed = surveys.closeEnded(current);
        Set<String> optedOut = settings.optedOut();
        Set<String> surveyed = surveys.surveyed(current);
        int opened = 0;
        for (PublicTargets.Live live : targets.all()) {
            PublicTargets.Target target = live.target();
            if (optedOut.contains(target.bureauId())
                    || surveyed.contains(SurveyService.key(target.bureauId(), target.type(), target.targetId()))
                    || (target.type() == TargetType.PLEDGE && live.campaignYear() != current.year())) {
                continue;
            }
            if (surveys.openAutomatically(target.bureauId(), target.type(), target.targetId(),
                    title(current, live.name()), current)) {
                opened++;
            }
        }
        if (opened + closed > 0) {
            log.info("quarterly surveys of {}: opened {}, closed {} of ended quarters", current, opened, closed);
        }
    }

    static String title(Quarter quarter, String name) {
        String shown = name.length() > NAME_LIMIT ? name.substring(0, NAME_LIMIT) + "…" : name;
        return ChineseDates.quarter(quarter) + " 群众满意度测评：" + shown;
    }
}
