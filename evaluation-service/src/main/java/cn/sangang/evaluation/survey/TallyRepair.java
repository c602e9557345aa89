package cn.sangang.evaluation.survey;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts answers whose count was cut off (a crash between storing an answer and counting it): it waits until an
 * answer is {@link #GRACE} old, so one still being counted is left to its own request.
 */
@Component
class TallyRepair {

    private static final Logger log = LoggerFactory.getLogger(TallyRepair.class);
    static final Duration GRACE = Duration.ofSeconds(10);

    private final Tally tally;
    private final Surveys surveys;
    private final SurveyRepository repository;

    TallyRepair(Tally tally, Surveys surveys, SurveyRepository repository) {
        this.tally = tally;
        this.surveys = surveys;
        this.repository = repository;
    }

    @Scheduled(fixedDelayString = "${sangang.evaluation.tally-repair-every:30s}")
    void repair() {
        Instant before = surveys.now().minus(GRACE);
        for (String code : tally.uncounted(before)) {
            repository.findByCode(code).ifPresent(survey -> {
                if (tally.recount(code, survey.getBureauId(), before)) {
                    log.info("recounted survey {} after answers were left uncounted", code);
                }
            });
        }
    }
}
