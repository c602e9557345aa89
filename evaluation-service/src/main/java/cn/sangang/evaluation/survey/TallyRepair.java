package cn.sangang.evaluation.survey;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes counting answers a crash or a stall left uncounted ({@link Tally}); it waits until an answer is
 * {@link #GRACE} old, so one still being counted by its own request is normally left to it.
 */
@Component
class TallyRepair {

    private static final Logger log = LoggerFactory.getLogger(TallyRepair.class);
    static final Duration GRACE = Duration.ofSeconds(10);

    private final Tally tally;
    private final Surveys surveys;

    TallyRepair(Tally tally, Surveys surveys) {
        this.tally = tally;
        this.surveys = surveys;
    }

    @Scheduled(fixedDelayString = "${sangang.evaluation.tally-repair-every:30s}")
    void repair() {
        Instant now = surveys.now();
        int finished = tally.repair(now.minus(GRACE), now);
        if (finished > 0) {
            log.info("finished counting {} answers left uncounted", finished);
        }
    }
}
