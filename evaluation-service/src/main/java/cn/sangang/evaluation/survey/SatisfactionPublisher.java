package cn.sangang.evaluation.survey;

import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.sangang.evaluation.survey.domain.Satisfaction;
import cn.sangang.events.EventTypes;
import cn.sangang.events.evaluation.SatisfactionRated;
import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.schedule.LeasedJobs;

/**
 * Publishes each survey's satisfaction as answers arrive — at most once per survey every few seconds, not once per
 * answer — through the survey's own outbox. A survey changed by someone else meanwhile is published next round.
 * One replica publishes, under a lease: on each, the same changes would be read and published twice, the second
 * save losing to the first.
 */
@Component
class SatisfactionPublisher {

    private static final Duration OVERLAP = Duration.ofSeconds(5);
    static final String JOB = "evaluation-satisfaction-publisher";
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final Tally tally;
    private final SurveyRepository surveys;
    private final ChangeRecorder recorder;
    private final LeasedJobs jobs;
    private Instant seenUpTo = Instant.EPOCH;

    SatisfactionPublisher(Tally tally, SurveyRepository surveys, ChangeRecorder recorder, LeasedJobs jobs) {
        this.tally = tally;
        this.surveys = surveys;
        this.recorder = recorder;
        this.jobs = jobs;
    }

    @Scheduled(fixedDelayString = "${sangang.evaluation.satisfaction-every:3s}")
    void scheduled() {
        jobs.runExclusively(JOB, LEASE, this::publish);
    }

    synchronized void publish() {
        Instant started = recorder.now();
        boolean complete = true;
        for (String code : tally.changedSince(seenUpTo.minus(OVERLAP))) {
            SurveyDocument survey = surveys.findByCode(code).orElse(null);
            Satisfaction now = tally.of(code);
            if (survey == null || now.answers() == survey.publishedAnswers()) {
                continue;
            }
            survey.published(now.answers());
            recorder.publish(survey, EventTypes.SATISFACTION_RATED,
                    new SatisfactionRated(survey.code(), survey.targetType().name(), survey.targetId(),
                            survey.quarter(), now.answers(), now.satisfied(), now.basicallySatisfied(),
                            now.dissatisfied(), now.ratePercent()));
            try {
                surveys.save(survey);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                complete = false;
            }
        }
        if (complete) {
            seenUpTo = started;
        }
    }
}
