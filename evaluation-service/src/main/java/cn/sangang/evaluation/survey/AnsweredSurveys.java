package cn.sangang.evaluation.survey;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * The surveys the public is answering, each kept for a second after it was read: under a surge every answer and
 * ticket asked the store for the same survey. One request reads it again when it lapses; the others wait for it. A
 * survey closed here is forgotten at once; one closed by another replica takes answers for at most a second longer,
 * which counts them as if they had arrived before the close.
 */
@Component
class AnsweredSurveys {

    static final Duration KEPT_FOR = Duration.ofSeconds(1);

    private record Kept(SurveyDocument survey, long until) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    SurveyDocument get(String code, Function<String, SurveyDocument> read) {
        long now = System.nanoTime();
        return kept.compute(code, (c,
                hit) -> hit != null && now - hit.until() < 0 ? hit : new Kept(read.apply(c), now + KEPT_FOR.toNanos()))
                .survey();
    }

    void forget(String code) {
        kept.remove(code);
    }
}
