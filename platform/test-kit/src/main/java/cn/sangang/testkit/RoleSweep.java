package cn.sangang.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.sangang.platform.endpoint.Endpoint;
import cn.sangang.platform.endpoint.EndpointCatalogue;
import cn.sangang.platform.security.Role;

/**
 * Calls each endpoint's role rule as every bureau role outside it, for "everyone else gets 403" sweeps: a service's
 * whole catalogue with the fixture's calls, or rules of its own.
 */
public final class RoleSweep {

    /** An endpoint call and the roles allowed to make it; {@code body} is sent as JSON when not null. */
    public record Rule(String method, String path, Object body, Set<?> allowed) {
    }

    /** The names of every role held in a bureau (all but the county office's). */
    public static final Set<String> BUREAU_ROLES = Arrays.stream(Role.bureauRoles()).map(Role::name)
            .collect(Collectors.toUnmodifiableSet());

    private RoleSweep() {
    }

    /** Each read of the fixture answers 200 to its rightful caller: the catalogue's roles are not too narrow. */
    public static void assertRightfulReadsAnswer(EndpointFixture fixture, int port) {
        for (EndpointFixture.Entry read : fixture.entries().stream().filter(e -> e.method().equals("GET")).toList()) {
            assertThat(fixture.sendRightfully(port, read).status()).as(read.caller() + " " + read.endpoint())
                    .isEqualTo(200);
        }
    }

    /** Every one of {@code bureauRoles} outside a rule — called through {@code as} — is refused with 403. */
    public static <R> void assertOutsidersRefused(Set<R> bureauRoles, Function<R, Api> as, List<Rule> rules) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (Rule rule : rules) {
            for (R role : bureauRoles) {
                if (!rule.allowed().contains(role)) {
                    statuses.put(role + " " + rule.method() + " " + rule.path() + " " + rule.body(),
                            as.apply(role).send(rule.method(), rule.path(), rule.body()).status());
                }
            }
        }
        assertThat(statuses).allSatisfy((call, status) -> assertThat(status).as(call).isEqualTo(403));
    }

    /**
     * Every bureau role outside the catalogue's roles of an endpoint — called through {@code as} with the fixture's call
     * — is refused with 403, on every endpoint but the public ones: so the catalogue states no role it does not enforce.
     */
    public static void assertOutsidersRefused(EndpointCatalogue catalogue, EndpointFixture fixture,
            Set<String> bureauRoles, Function<String, Api> as) {
        List<Rule> rules = catalogue.all().stream().filter(endpoint -> !endpoint.open())
                .map(endpoint -> rule(endpoint, fixture.entry(endpoint.key()).call())).toList();
        assertOutsidersRefused(bureauRoles, as, rules);
    }

    private static Rule rule(Endpoint endpoint, EndpointSweep.Call call) {
        return new Rule(call.method(), call.path(), call.body(), Set.copyOf(endpoint.roles()));
    }
}
