package cn.sangang.evaluation.survey;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.sangang.platform.schedule.LeasedJobs;

/**
 * Finishes counting answers a crash or a stall left uncounted ({@link Tally}); it waits until an answer is
 * {@link #GRACE} old, so one still being counted by its own request is normally left to it, and gives up on an
 * answer that was never stored only after {@link #ABANDONED_AFTER}, longer than the store's own timeouts let a
 * request wait. One replica repairs, under a lease: each would otherwise race to finish the same answers.
 */
@Component
class TallyRepair {

    private static final Logger log = LoggerFactory.getLogger(TallyRepair.class);
    static final Duration GRACE = Duration.ofSeconds(10);
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    static final String JOB = "evaluation-tally-repair";
    private static final Duration LEASE = Duration.ofMinutes(3);

    private final Tally tally;
    private final SurveyService surveys;
    private final LeasedJobs jobs;

    TallyRepair(Tally tally, SurveyService surveys, LeasedJobs jobs) {
        this.tally = tally;
        this.surveys = surveys;
        this.jobs = jobs;
    }

    @Scheduled(fixedDelayString = "${sangang.evaluation.tally-repair-every:30s}")
    void scheduled() {
        jobs.runExclusively(JOB, LEASE, this::repair);
    }

    void repair() {
        Instant now = surveys.now();
        int finished = tally.finishEarlierScheme(now) + tally.repair(now.minus(GRACE), now.minus(ABANDONED_AFTER), now);
        if (finished > 0) {
            log.info("finished counting {} answers left uncounted", finished);
        }
    }
}
