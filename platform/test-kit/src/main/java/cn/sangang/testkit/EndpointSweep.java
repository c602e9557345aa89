package cn.sangang.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Calls every endpoint of a service the same way, for sweeps such as "a caller of another bureau reads nothing":
 * the list of calls is checked against the endpoints Spring actually maps, so a new endpoint cannot be forgotten.
 */
public final class EndpointSweep {

    /** One request of the sweep; {@code body} is sent as JSON when not null. */
    public record Call(String method, String path, Object body) {
    }

    private static final Set<String> OPEN_PREFIXES = Set.of("/public/", "/error", "/actuator", "/v3/api-docs");
    private static final Set<String> SPRINGS_OWN = Set.of("/error", "/actuator", "/v3/api-docs");

    private EndpointSweep() {
    }

    /** Every "METHOD /pattern" the service maps, but its public pages, probes and API documentation. */
    public static Set<String> endpoints(RequestMappingHandlerMapping mappings) {
        Set<String> exposed = new TreeSet<>();
        mappings.getHandlerMethods().keySet()
                .forEach(info -> info.getMethodsCondition().getMethods()
                        .forEach(method -> info.getPatternValues().stream()
                                .filter(pattern -> OPEN_PREFIXES.stream().noneMatch(pattern::startsWith))
                                .forEach(pattern -> exposed.add(method + " " + pattern))));
        return exposed;
    }

    /**
     * Every "METHOD /pattern" the service maps but Spring's own (error page, probes, API documentation), its public
     * pages included: what its endpoint catalogue must list. A mapping that names no method is keyed "* /pattern".
     */
    public static Set<String> mapped(RequestMappingHandlerMapping mappings) {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            if (methods.isEmpty()) {
                methods.add("*");
            }
            methods.forEach(method -> info.getPatternValues().stream()
                    .filter(pattern -> SPRINGS_OWN.stream().noneMatch(pattern::startsWith))
                    .forEach(pattern -> mapped.add(method + " " + pattern)));
        });
        return mapped;
    }

    /** Each call answers without a server error, and whatever it returns contains none of {@code secrets}. */
    public static void assertNothingLeaks(Api caller, Map<String, Call> calls, String... secrets) {
        for (var entry : calls.entrySet()) {
            Call call = entry.getValue();
            var response = caller.send(call.method(), call.path(), call.body());
            assertThat(response.status()).as(entry.getKey() + " -> " + response).isLessThan(500);
            if (response.status() < 300) {
                for (String secret : secrets) {
                    assertThat(response.body()).as(entry.getKey() + " leaks " + secret).doesNotContain(secret);
                }
            }
        }
    }

    /**
     * What {@code steward}, who may read everything of the bureau, reads at {@code reads}: taken before and after a
     * sweep, two equal snapshots show the sweep changed nothing.
     */
    public static String snapshot(Api steward, List<String> reads) {
        StringBuilder all = new StringBuilder();
        for (String read : reads) {
            var response = steward.get(read);
            assertThat(response.status()).as(read + " -> " + response).isEqualTo(200);
            all.append(read).append(" => ").append(response.body()).append('\n');
        }
        return all.toString();
    }

    /** Each call is refused with {@code status}. */
    public static void assertAllRefused(Api caller, Map<String, Call> calls, int status) {
        for (var entry : calls.entrySet()) {
            Call call = entry.getValue();
            assertThat(caller.send(call.method(), call.path(), call.body()).status()).as(entry.getKey())
                    .isEqualTo(status);
        }
    }
}
