package cn.sangang.platform.endpoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One endpoint of a deployable as its catalogue states it: who may call it (role names, in the roles' own order; none
 * for a public one) and what it leaves in the audit trail — its action (one of several, where the outcome decides
 * which), or the reason it leaves none.
 *
 * @param note what the roles alone do not say (a relation on top of a role: one's own entry, the head of that
 *             zone); null when nothing
 */
public record Endpoint(String method, String path, List<String> roles, boolean open, List<String> auditActions,
        String unaudited, String note) {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    public Endpoint {
        roles = List.copyOf(roles);
        auditActions = List.copyOf(auditActions);
    }

    public static Endpoint get(String path) {
        return of("GET", path);
    }

    public static Endpoint post(String path) {
        return of("POST", path);
    }

    public static Endpoint put(String path) {
        return of("PUT", path);
    }

    public static Endpoint delete(String path) {
        return of("DELETE", path);
    }

    /** A mapping that takes every method, keyed {@code "* /pattern"} as the sweeps key it. */
    public static Endpoint anyMethod(String path) {
        return of("*", path);
    }

    private static Endpoint of(String method, String path) {
        return new Endpoint(method, path, List.of(), false, List.of(), null, null);
    }

    /** {@code "METHOD /pattern"}, as Spring maps it. */
    public String key() {
        return method + " " + path;
    }

    /** A state-changing method, or any method at all. */
    public boolean changesState() {
        return STATE_CHANGING.contains(method) || method.equals("*");
    }

    /** Callable by a token holding one of {@code allowed}; listed in the roles' declaration order. */
    @SafeVarargs
    public final <R extends Enum<R>> Endpoint by(R... allowed) {
        List<String> names = Arrays.stream(allowed).distinct().sorted(Comparator.comparingInt(Enum::ordinal))
                .map(Enum::name).toList();
        return new Endpoint(method, path, names, open, auditActions, unaudited, note);
    }

    /** Callable without a token: the public's pages and answers. */
    public Endpoint publicly() {
        return new Endpoint(method, path, List.of(), true, auditActions, unaudited, note);
    }

    /** A successful call leaves one audit record: of {@code action}, or of one of {@code others} by its outcome. */
    public Endpoint audits(String action, String... others) {
        List<String> actions = new ArrayList<>(List.of(action));
        actions.addAll(List.of(others));
        return new Endpoint(method, path, roles, open, actions, unaudited, note);
    }

    /** A successful call leaves no audit record, on purpose, for {@code reason}. */
    public Endpoint unaudited(String reason) {
        return new Endpoint(method, path, roles, open, auditActions, reason, note);
    }

    public Endpoint note(String relation) {
        return new Endpoint(method, path, roles, open, auditActions, unaudited, relation);
    }
}
