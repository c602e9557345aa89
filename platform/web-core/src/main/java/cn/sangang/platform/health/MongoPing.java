package cn.sangang.platform.health;

import org.bson.Document;

/**
 * Store health by {@code ping}, which every MongoDB-wire server answers; Boot's own indicator sends {@code hello},
 * which some compatible stores do not know. The blocking and the reactive indicator both ask and judge this way.
 */
public final class MongoPing {

    private MongoPing() {
    }

    public static Document command() {
        return new Document("ping", 1);
    }

    /** {@code UP} when the store says ok, whatever number type its driver reads the ok as. */
    public static String status(Document reply) {
        return reply.get("ok") instanceof Number ok && ok.intValue() == 1 ? "UP" : "DOWN";
    }
}
