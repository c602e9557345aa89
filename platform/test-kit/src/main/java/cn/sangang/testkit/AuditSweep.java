package cn.sangang.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.assertj.core.api.SoftAssertions;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import cn.sangang.platform.endpoint.EndpointCatalogue;
import cn.sangang.testkit.AuditTrail.Entry;

/**
 * Proves that every state-changing endpoint of a service leaves its audit record. A test drives each endpoint
 * through one successful call, in an order that makes each call valid; after each call the sweep waits for the
 * one new entry of the trail that names the caller, the action and the aggregate. At the end every endpoint Spring
 * maps with a state-changing method must have been called or be exempted with its reason, so a new endpoint
 * cannot be forgotten and an exempted one that is gone cannot linger in the list. Given the service's endpoint
 * catalogue, the exemptions are the catalogue's endpoints without an audit action (each with its reason), and each
 * call must leave the action the catalogue names for its endpoint.
 */
public final class AuditSweep {

    private static final PathPatternParser PARSER = new PathPatternParser();
    private static final Duration RELAYED_WITHIN = Duration.ofSeconds(10);

    /** A successful call and the audit record it left. */
    public record Recorded(Api.Response response, Entry entry) {
    }

    /** Spring's error page, which every servlet service maps and no catalogue lists. */
    public static final Map<String, String> SPRING_ERROR_PAGE = Map.of("* /error",
            "Spring's error page: it renders the failure of another request and changes nothing");

    private final Map<String, PathPattern> mapped = new TreeMap<>();
    private final Map<String, String> exemptions;
    private final Map<String, List<String>> actions;
    private final Supplier<List<Entry>> trail;
    private final Set<String> seen = new HashSet<>();
    private final Set<String> covered = new TreeSet<>();

    /**
     * @param stateChanging every {@code "METHOD /pattern"} with a state-changing method the service maps
     * @param catalogue     the service's endpoints: the audit action of each, or why it has none
     * @param springsOwn    mappings of the framework the catalogue does not list, each with the reason it audits nothing
     * @param trail         reads the whole audit trail of the sweep's bureau
     */
    public AuditSweep(Set<String> stateChanging, EndpointCatalogue catalogue, Map<String, String> springsOwn,
            Supplier<List<Entry>> trail) {
        this(stateChanging, exemptionsOf(catalogue, springsOwn), actionsOf(catalogue), trail);
    }

    private AuditSweep(Set<String> stateChanging, Map<String, String> exemptions, Map<String, List<String>> actions,
            Supplier<List<Entry>> trail) {
        stateChanging
                .forEach(endpoint -> mapped.put(endpoint, PARSER.parse(endpoint.substring(endpoint.indexOf(' ') + 1))));
        this.exemptions = Map.copyOf(exemptions);
        this.actions = Map.copyOf(actions);
        this.trail = trail;
    }

    private static Map<String, String> exemptionsOf(EndpointCatalogue catalogue, Map<String, String> springsOwn) {
        Map<String, String> exemptions = new TreeMap<>(springsOwn);
        catalogue.all().stream().filter(endpoint -> endpoint.unaudited() != null)
                .forEach(endpoint -> exemptions.put(endpoint.key(), endpoint.unaudited()));
        return exemptions;
    }

    private static Map<String, List<String>> actionsOf(EndpointCatalogue catalogue) {
        Map<String, List<String>> actions = new TreeMap<>();
        catalogue.all().stream().filter(endpoint -> !endpoint.auditActions().isEmpty())
                .forEach(endpoint -> actions.put(endpoint.key(), endpoint.auditActions()));
        return actions;
    }

    /** Calls made through {@code api}, whose audit records must name {@code actor}. */
    public Caller by(Api api, String actor) {
        return new Caller(api, actor);
    }

    /**
     * Every mapped state-changing endpoint was proven audited or is exempted, every exemption names a mapped
     * endpoint and gives its reason, and none is both.
     */
    public void assertEveryEndpointAccountedFor() {
        Set<String> forgotten = new TreeSet<>(mapped.keySet());
        forgotten.removeAll(covered);
        forgotten.removeAll(exemptions.keySet());
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(forgotten)
                    .as("state-changing endpoints neither proven audited nor exempted with a reason").isEmpty();
            softly.assertThat(new TreeSet<>(exemptions.keySet())).as("exempted endpoints the service no longer maps")
                    .isSubsetOf(mapped.keySet());
            softly.assertThat(covered).as("exempted endpoints that were audited after all")
                    .doesNotContainAnyElementsOf(exemptions.keySet());
            exemptions.forEach((endpoint, reason) -> softly.assertThat(reason)
                    .as("the reason " + endpoint + " is exempted").isNotBlank());
        });
    }

    /** The endpoint a request reaches: of the mapped patterns that match, the most specific. */
    private String endpoint(String method, String path) {
        PathContainer target = PathContainer
                .parsePath(path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
        return mapped.entrySet().stream()
                .filter(e -> e.getKey().startsWith(method + " ") || e.getKey().startsWith("* "))
                .filter(e -> e.getValue().matches(target))
                .min(Comparator.comparing(Map.Entry::getValue, PathPattern.SPECIFICITY_COMPARATOR))
                .map(Map.Entry::getKey).orElseThrow(() -> new AssertionError(
                        method + " " + path + " reaches no state-changing endpoint; mapped: " + mapped.keySet()));
    }

    public final class Caller {

        private final Api api;
        private final String actor;

        private Caller(Api api, String actor) {
            this.api = api;
            this.actor = actor;
        }

        public Call post(String path, Object body) {
            return send("POST", path, body);
        }

        public Call put(String path, Object body) {
            return send("PUT", path, body);
        }

        public Call send(String method, String path, Object body) {
            String endpoint = endpoint(method, path);
            Api.Response response = api.send(method, path, body);
            assertThat(response.status())
                    .as(method + " " + path + " must succeed to prove its audit record: " + response)
                    .isBetween(200, 299);
            return new Call(endpoint, method + " " + path, response, actor);
        }

        /** As {@link #post}, uploading {@code content} as the multipart part {@code file}. */
        public Call upload(String path, String fileName, byte[] content) {
            String endpoint = endpoint("POST", path);
            Api.Response response = api.upload(path, fileName, content);
            assertThat(response.status()).as("POST " + path + " must succeed to prove its audit record: " + response)
                    .isBetween(200, 299);
            return new Call(endpoint, "POST " + path, response, actor);
        }
    }

    public final class Call {

        private final String endpoint;
        private final String request;
        private final Api.Response response;
        private final String actor;

        private Call(String endpoint, String request, Api.Response response, String actor) {
            this.endpoint = endpoint;
            this.request = request;
            this.response = response;
            this.actor = actor;
        }

        public Api.Response response() {
            return response;
        }

        /** The call left one new record of {@code action} by the actor on an aggregate of {@code aggregateType}. */
        public Recorded leaves(String action, String aggregateType) {
            return leaves(action, aggregateType, null);
        }

        /** As {@link #leaves(String, String)}, on the aggregate {@code aggregateId} (any, when null). */
        public Recorded leaves(String action, String aggregateType, String aggregateId) {
            if (!actions.isEmpty()) {
                assertThat(actions.getOrDefault(endpoint, List.of()))
                        .as(request + ": the audit actions the catalogue names for " + endpoint).contains(action);
            }
            List<Entry> fresh = new ArrayList<>();
            try {
                await().atMost(RELAYED_WITHIN).pollInterval(Duration.ofMillis(20)).pollInSameThread().until(() -> {
                    fresh.clear();
                    trail.get().stream().filter(e -> !seen.contains(e.id())).forEach(fresh::add);
                    return fresh.stream().anyMatch(e -> matches(e, action, aggregateId));
                });
            } catch (ConditionTimeoutException timeout) {
                fail(request + " left no audit record " + action + " by " + actor
                        + (aggregateId == null ? "" : " on " + aggregateId) + " within " + RELAYED_WITHIN
                        + "; new records: " + fresh);
            }
            fresh.forEach(e -> seen.add(e.id()));
            List<Entry> recorded = fresh.stream().filter(e -> matches(e, action, aggregateId)).toList();
            assertThat(recorded).as(request + " leaves one record of " + action).hasSize(1);
            Entry entry = recorded.getFirst();
            assertThat(entry.aggregateType()).as(request + " names the aggregate's type").isEqualTo(aggregateType);
            assertThat(entry.aggregateId()).as(request + " names the aggregate").isNotBlank();
            covered.add(endpoint);
            return new Recorded(response, entry);
        }

        private boolean matches(Entry entry, String action, String aggregateId) {
            return action.equals(entry.action()) && actor.equals(entry.actor())
                    && (aggregateId == null || aggregateId.equals(entry.aggregateId()));
        }
    }
}
