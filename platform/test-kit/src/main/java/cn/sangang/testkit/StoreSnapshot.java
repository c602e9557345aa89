package cn.sangang.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

/**
 * Every document of one bureau in a service's database, compared as stored, for "a refused request wrote nothing".
 * <p>
 * A document belongs to a bureau when its {@code bureauId} is the bureau's, or its id is the bureau's or begins
 * with {@code <bureau>:} (settings, slots and reservations keyed by bureau). Tests share a service's database, so
 * other bureaus' documents — which other tests and their late Kafka events write — are left out; a request of a
 * caller of this bureau writing to another bureau is what the tenancy sweeps look for.
 * <p>
 * The outbox relay empties a document's outbox and appends its audit entries to {@code audit_log} after a change
 * was acknowledged. Taken with {@link #settled}, a snapshot waits for that until nothing of the bureau is pending
 * and two readings agree, so a write the relay finishes later is never mistaken for the request's own.
 */
public final class StoreSnapshot {

    private static final Duration SETTLE_WITHIN = Duration.ofSeconds(15);
    private static final Duration QUIET = Duration.ofMillis(10);

    private final SortedMap<String, Document> documents;

    private StoreSnapshot(SortedMap<String, Document> documents) {
        this.documents = documents;
    }

    /** The bureau's documents as they are now, every collection read at once. */
    public static StoreSnapshot of(MongoDatabase database, String bureau) {
        var belongs = Filters.or(Filters.eq("bureauId", bureau), Filters.eq("_id", bureau),
                Filters.regex("_id", "^" + Pattern.quote(bureau + ":")));
        SortedMap<String, Document> documents = new ConcurrentSkipListMap<>();
        try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String collection : database.listCollectionNames()) {
                readers.submit(() -> database.getCollection(collection).find(belongs)
                        .forEach(document -> documents.put(collection + "/" + document.get("_id"), document)));
            }
        }
        return new StoreSnapshot(new TreeMap<>(documents));
    }

    /** The bureau's documents once nothing of it waits in an outbox and two readings {@link #QUIET} apart agree. */
    public static StoreSnapshot settled(MongoDatabase database, String bureau) {
        Instant deadline = Instant.now().plus(SETTLE_WITHIN);
        StoreSnapshot last = of(database, bureau);
        while (Instant.now().isBefore(deadline)) {
            sleep(QUIET);
            StoreSnapshot now = of(database, bureau);
            if (!now.pending() && now.documents.equals(last.documents)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the store of bureau " + bureau + " did not settle within " + SETTLE_WITHIN
                + "; pending: " + last.documents.entrySet().stream().filter(e -> hasPending(e.getValue()))
                        .map(Map.Entry::getKey).toList());
    }

    /** What differs from {@code before}, a line per document added, removed or changed; empty when nothing does. */
    public List<String> changesSince(StoreSnapshot before) {
        List<String> changes = new ArrayList<>();
        before.documents.forEach((key, old) -> {
            Document now = documents.get(key);
            if (now == null) {
                changes.add("removed " + key + " " + shorten(old.toJson()));
            } else if (!now.equals(old)) {
                changes.add("changed " + key + " from " + shorten(old.toJson()) + " to " + shorten(now.toJson()));
            }
        });
        documents.forEach((key, now) -> {
            if (!before.documents.containsKey(key)) {
                changes.add("added " + key + " " + shorten(now.toJson()));
            }
        });
        return changes;
    }

    /** Every key that begins with {@code $}, anywhere in any document, as "collection/id: key". */
    public List<String> operatorKeys() {
        List<String> found = new ArrayList<>();
        documents.forEach((key, document) -> collectOperatorKeys(document, key, found));
        return found;
    }

    /** Every string stored anywhere in the bureau's documents that contains {@code part}. */
    public List<String> stringsContaining(String part) {
        List<String> found = new ArrayList<>();
        documents.values().forEach(document -> collectStrings(document, part, found));
        return found;
    }

    public int size() {
        return documents.size();
    }

    private boolean pending() {
        return documents.values().stream().anyMatch(StoreSnapshot::hasPending);
    }

    private static boolean hasPending(Document document) {
        return document.get("outbox") instanceof Document outbox && outbox.get("pendingSince") != null;
    }

    private static void collectOperatorKeys(Object value, String where, List<String> found) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> {
                if (Objects.toString(key).startsWith("$")) {
                    found.add(where + ": " + key);
                }
                collectOperatorKeys(inner, where, found);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(inner -> collectOperatorKeys(inner, where, found));
        }
    }

    private static void collectStrings(Object value, String part, List<String> found) {
        if (value instanceof String text && text.contains(part)) {
            found.add(text);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(inner -> collectStrings(inner, part, found));
        } else if (value instanceof List<?> list) {
            list.forEach(inner -> collectStrings(inner, part, found));
        }
    }

    private static String shorten(String json) {
        return json.length() > 600 ? json.substring(0, 600) + "…" : json;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
