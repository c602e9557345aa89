package cn.sangang.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.mongodb.client.MongoDatabase;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.sangang.testkit.HostileInput.Acceptance;
import cn.sangang.testkit.HostileInput.Body;

/**
 * Sends hostile input to every state-changing endpoint of a service and judges each answer: a refusal is a 4xx
 * RFC 9457 problem with a message a person can read, and the bureau's documents are as they were; an acceptance is
 * allowed only where the body may be valid, and then nothing stored has an operator key and hostile text is kept
 * exactly as sent. A 5xx is never right.
 */
public final class HostileSweep {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> NOT_AN_API = Set.of("/error", "/actuator", "/v3/api-docs");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Path segments a client could put where an id goes: operators, markup, traversal, encodings, lengths. */
    public static final List<String> HOSTILE_SEGMENTS = List.of("$gt", "{\"$ne\":null}", "<script>alert(1)</script>",
            "x".repeat(2_000), "..", "a/b", "a\u0000b", "a;b=c", "党员", "-1", "99999999999999999999", "' OR '1'='1");

    /** A state-changing endpoint as Spring maps it, and whether its handler reads a request body. */
    public record Endpoint(String method, String pattern, boolean readsBody) {

        public String key() {
            return method + " " + pattern;
        }
    }

    /** One request ready to send: the bureau whose documents it may change, who calls, where, and a valid body. */
    public record Call(String bureau, String token, String path, Object validBody) {
    }

    /**
     * How to reach one endpoint's body handling: an authorised caller, ids of existing resources in the path, and a
     * valid body — made afresh for each request, so accepted ones do not trip over each other.
     */
    public record Target(String endpoint, boolean readsBody, Supplier<Call> next, Runnable afterAcceptance) {

        /** The same caller and path for every request; {@code validBody} null for an endpoint without a body. */
        public static Target of(String endpoint, String bureau, String token, String path, Supplier<Object> validBody) {
            return new Target(endpoint, validBody != null,
                    () -> new Call(bureau, token, path, validBody == null ? null : validBody.get()), null);
        }

        /**
         * This target, renewing what an accepted request used up (a person who left, a report published) before the
         * next request, so later bodies are judged on a resource they could still change.
         */
        public Target renewedBy(Runnable renew) {
            return new Target(endpoint, readsBody, next, renew);
        }
    }

    private final int port;
    private final MongoDatabase database;
    private final Map<String, StoreSnapshot> settled = new HashMap<>();
    private final Map<String, List<String>> unchecked = new LinkedHashMap<>();
    private final SortedMap<String, TreeMap<Integer, Integer>> statuses = new TreeMap<>();

    public HostileSweep(int port, MongoDatabase database) {
        this.port = port;
        this.database = database;
    }

    /**
     * Every state-changing "METHOD /pattern" the service maps, public ones included, but probes and error pages; a
     * mapping that names no method takes them all, is keyed "* /pattern" and is called with POST.
     */
    public static SortedMap<String, Endpoint> endpoints(RequestMappingHandlerMapping mappings) {
        SortedMap<String, Endpoint> endpoints = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean readsBody = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? Set.of("*")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
            methods.stream().filter(method -> method.equals("*") || STATE_CHANGING.contains(method))
                    .forEach(method -> info.getPatternValues().stream()
                            .filter(pattern -> NOT_AN_API.stream().noneMatch(pattern::startsWith)).forEach(pattern -> {
                                Endpoint endpoint = new Endpoint(method, pattern, readsBody);
                                endpoints.put(endpoint.key(), endpoint);
                            }));
        });
        return endpoints;
    }

    /** The targets are exactly the state-changing endpoints, and each has a body exactly when its handler reads one. */
    public static void assertCovers(RequestMappingHandlerMapping mappings, List<Target> targets) {
        SortedMap<String, Endpoint> endpoints = endpoints(mappings);
        assertThat(new TreeSet<>(targets.stream().map(Target::endpoint).toList())).isEqualTo(endpoints.keySet());
        for (Target target : targets) {
            assertThat(target.readsBody()).as(target.endpoint() + " takes a body")
                    .isEqualTo(endpoints.get(target.endpoint()).readsBody());
        }
    }

    /** The {@link HostileInput#malformed() malformed corpus} to every target that reads a body. */
    public void sendMalformed(List<Target> targets) {
        eachReadingBody(targets, target -> send(target, valid -> HostileInput.malformed()));
    }

    /** The {@link HostileInput#derived corpus derived from each valid body} to every target that reads a body. */
    public void sendDerived(List<Target> targets) {
        eachReadingBody(targets, target -> send(target, HostileInput::derived));
    }

    /** The {@link HostileInput#edges edge values} in each valid body to every target that reads a body. */
    public void sendEdges(List<Target> targets) {
        eachReadingBody(targets, target -> send(target, HostileInput::edges));
    }

    /** {@link HostileInput#huge Huge bodies} to every target that reads a body. */
    public void sendHuge(List<Target> targets) {
        eachReadingBody(targets, target -> send(target, HostileInput::huge));
    }

    /** {@link HostileInput#deep Deeply nested bodies} to every target that reads a body. */
    public void sendDeep(List<Target> targets) {
        eachReadingBody(targets, target -> send(target, HostileInput::deep));
    }

    /** {@code count} {@link HostileGenerators#mutations generated mutations} of each valid body, drawn from {@code seed}. */
    public void sendGenerated(List<Target> targets, int count, long seed) {
        eachReadingBody(targets, target -> send(target, validBody -> HostileGenerators
                .draw(HostileGenerators.mutations(validBody), count, seed ^ target.endpoint().hashCode())));
    }

    /** The valid body to each target, with each path variable in turn replaced by each of {@link #HOSTILE_SEGMENTS}. */
    public void sendHostilePaths(List<Target> targets) {
        for (Target target : targets) {
            String[] pattern = target.endpoint().substring(target.endpoint().indexOf(' ') + 1).split("/");
            for (int i = 0; i < pattern.length; i++) {
                if (!pattern[i].startsWith("{")) {
                    continue;
                }
                for (String segment : HOSTILE_SEGMENTS) {
                    Call call = target.next().get();
                    String[] path = call.path().split("/");
                    path[i] = URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
                    Body body = call.validBody() == null
                            ? null
                            : Body.json("a valid body", JSON.writeValueAsString(call.validBody()), Acceptance.NEVER);
                    judge(target, call, String.join("/", path), body,
                            target.endpoint() + " with " + pattern[i] + " = " + shorten(segment));
                }
            }
        }
        checkRefusedWroteNothing();
    }

    /** How often each status was answered, per endpoint, for the test's log. */
    public String summary() {
        StringBuilder summary = new StringBuilder();
        statuses.forEach((endpoint, counts) -> summary.append("[hostile input] ").append(endpoint).append(": ")
                .append(counts).append('\n'));
        return summary.toString();
    }

    private void eachReadingBody(List<Target> targets, Consumer<Target> sweep) {
        targets.stream().filter(Target::readsBody).forEach(sweep);
        checkRefusedWroteNothing();
    }

    /** Each variant {@code variants} makes of one valid body, applied to a fresh valid body and judged on its own. */
    private void send(Target target, Function<Object, List<? extends HostileInput.Variant>> variants) {
        for (HostileInput.Variant variant : variants.apply(target.next().get().validBody())) {
            Call call = target.next().get();
            judge(target, call, call.path(), variant.applyTo(call.validBody()), target.endpoint());
        }
    }

    /**
     * Sends one request and judges the answer. A body no endpoint may accept leaves its store check for later —
     * {@link #checkRefusedWroteNothing()}, before the next body that may be accepted and at the end of each sweep —
     * since comparing the store once after many refusals proves the same as comparing it after each.
     */
    private void judge(Target target, Call call, String path, Body body, String label) {
        // Without a body this is a hostile path, the only request of the sweep that sends none.
        boolean mustRefuse = body == null || body.acceptance() == Acceptance.NEVER;
        if (!mustRefuse) {
            checkRefusedWroteNothing();
        }
        String mapped = target.endpoint().substring(0, target.endpoint().indexOf(' '));
        String method = mapped.equals("*") ? "POST" : mapped;
        StoreSnapshot before = settled.computeIfAbsent(call.bureau(),
                bureau -> StoreSnapshot.settled(database, bureau));
        Api.Response response = RawRequests.send(port, method, path, call.token(), body);
        String what = method + " " + shorten(path) + (body == null ? "" : " with " + body) + " -> "
                + shorten(response.toString());
        statuses.computeIfAbsent(label.split(" with ")[0], key -> new TreeMap<>()).merge(response.status(), 1,
                Integer::sum);
        assertThat(response.status()).as("never a server error: " + what).isLessThan(500);
        if (response.status() >= 400) {
            ProblemAssertions.assertProblem(response, what);
            if (body != null && body.status() != 0) {
                assertThat(response.status()).as(what).isEqualTo(body.status());
            }
            if (mustRefuse) {
                unchecked.computeIfAbsent(call.bureau(), bureau -> new ArrayList<>()).add(what);
            } else {
                assertThat(StoreSnapshot.of(database, call.bureau()).changesSince(before))
                        .as("a refused request writes nothing: " + what).isEmpty();
            }
            return;
        }
        assertThat(mustRefuse).as("no endpoint may accept " + what).isFalse();
        if (target.afterAcceptance() != null) {
            target.afterAcceptance().run();
        }
        settled.clear();
        StoreSnapshot after = StoreSnapshot.settled(database, call.bureau());
        settled.put(call.bureau(), after);
        assertThat(after.operatorKeys()).as("no operator key is stored after " + what).isEmpty();
        if (body != null && body.acceptance() == Acceptance.VERBATIM) {
            assertVerbatim(body.text(), after, response, what);
        }
    }

    /** The bureaus of refused requests not yet checked are as they were before those requests. */
    private void checkRefusedWroteNothing() {
        unchecked.forEach(
                (bureau, refused) -> assertThat(StoreSnapshot.of(database, bureau).changesSince(settled.get(bureau)))
                        .as("refused requests write nothing, yet one of these " + refused.size() + " did: "
                                + String.join("\n", refused))
                        .isEmpty());
        unchecked.clear();
    }

    /** The text is stored, and wherever it is stored or returned it is whole and unchanged. */
    private static void assertVerbatim(String text, StoreSnapshot store, Api.Response response, String what) {
        String mark = text.substring(text.lastIndexOf(HostileInput.MARK));
        List<String> stored = store.stringsContaining(mark);
        assertThat(stored).as("the text is stored after " + what).isNotEmpty();
        assertThat(stored).as("the text is stored verbatim after " + what)
                .allSatisfy(s -> assertThat(s).contains(text));
        if (response.contentType().contains("json") && !response.body().isEmpty()) {
            List<String> returned = new ArrayList<>();
            strings(response.json(), mark, returned);
            assertThat(returned).as("the text is returned verbatim after " + what)
                    .allSatisfy(s -> assertThat(s).contains(text));
        }
    }

    private static void strings(JsonNode node, String part, List<String> found) {
        if (node.isString() && node.asString().contains(part)) {
            found.add(node.asString());
        }
        node.values().forEach(inner -> strings(inner, part, found));
    }

    static String shorten(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…(" + text.length() + " chars)" : text;
    }
}
