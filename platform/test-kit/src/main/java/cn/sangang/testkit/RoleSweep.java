package cn.sangang.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Calls each endpoint's role rule as every bureau role outside it, for "everyone else gets 403" sweeps. */
public final class RoleSweep {

    /** An endpoint call and the roles allowed to make it; {@code body} is sent as JSON when not null. */
    public record Rule(String method, String path, Object body, Set<?> allowed) {
    }

    private RoleSweep() {
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
}
