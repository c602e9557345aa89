package cn.sangang.events;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every topic name, defined once. One topic per aggregate stream, so that one aggregate's events (keyed by its
 * id) stay in order whatever their type.
 */
public final class Topics {

    /**
     * Roster of a bureau: people, units, activists. Compacted: each person's latest {@code member-changed} (their whole
     * state, keyed by the person) stays, so a service that starts listening years later still learns every member.
     */
    public static final String ROSTER = "roster-events";
    /** Responsibility zones: drawn, dissolved, assessed. */
    public static final String ZONE = "zone-events";
    /** Model posts: awards, assessments, revocations. */
    public static final String POST = "post-events";
    /** Public pledges: approval, publication, evaluation. */
    public static final String PLEDGE = "pledge-events";
    /** Evaluation results: rewards granted, satisfaction rated. */
    public static final String EVALUATION = "evaluation-events";
    /** The county office's feed: the latest summary per bureau and quarter (compacted). */
    public static final String EVALUATION_FEED = "evaluation-feed";

    public static final List<String> ALL = List.of(ROSTER, ZONE, POST, PLEDGE, EVALUATION, EVALUATION_FEED);

    /**
     * The one service that publishes each topic (its aggregates' events). In Kubernetes only that service's Kafka
     * user may write there (k8s/base/kafka-users.yaml, checked by deploy/manifest-check against the code), so a
     * compromised pod of another service cannot forge, say, member-changed or satisfaction-rated.
     */
    public static final Map<String, String> PUBLISHER = Map.of(ROSTER, "zone-service", ZONE, "zone-service", POST,
            "post-service", PLEDGE, "pledge-service", EVALUATION, "evaluation-service", EVALUATION_FEED,
            "evaluation-service");

    /** Topics that keep only the latest message per key. */
    public static final Set<String> COMPACTED = Set.of(ROSTER, EVALUATION_FEED);

    private static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
