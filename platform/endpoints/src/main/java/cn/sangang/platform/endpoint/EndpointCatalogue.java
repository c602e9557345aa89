package cn.sangang.platform.endpoint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every endpoint a deployable serves, once: who may call it and what it audits. The deployable publishes it in its
 * OpenAPI document ({@code x-roles}, {@code x-audit-action}); its tenancy, role, audit and hostile-input sweeps read
 * it and prove it against what the deployable maps and does, so it cannot drift from the code; docs/roles.md is
 * rendered from it.
 */
public final class EndpointCatalogue {

    private final String service;
    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

    private EndpointCatalogue(String service, List<Endpoint> listed) {
        this.service = service;
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : listed) {
            if (endpoints.put(endpoint.key(), endpoint) != null) {
                wrong.add(endpoint.key() + " is listed twice");
            }
            wrong.addAll(mistakes(endpoint));
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("the endpoint catalogue of " + service + " is wrong: " + wrong);
        }
    }

    public static EndpointCatalogue of(String service, Endpoint... endpoints) {
        return new EndpointCatalogue(service, List.of(endpoints));
    }

    private static List<String> mistakes(Endpoint endpoint) {
        List<String> wrong = new ArrayList<>();
        if (endpoint.open() == !endpoint.roles().isEmpty()) {
            wrong.add(endpoint.key() + " must name its roles, or be open to the public, not both");
        }
        if (endpoint.changesState() && endpoint.auditActions().isEmpty() == (endpoint.unaudited() == null)) {
            wrong.add(endpoint.key() + " changes state: it names its audit action, or the reason it has none");
        }
        if (!endpoint.changesState() && (!endpoint.auditActions().isEmpty() || endpoint.unaudited() != null)) {
            wrong.add(endpoint.key() + " reads: it audits nothing");
        }
        return wrong;
    }

    /** The deployable's name, as {@code spring.application.name} says it. */
    public String service() {
        return service;
    }

    public Collection<Endpoint> all() {
        return endpoints.values();
    }

    /** The endpoint keyed {@code "METHOD /pattern"}. */
    public Optional<Endpoint> find(String key) {
        return Optional.ofNullable(endpoints.get(key));
    }

    /** The endpoint Spring maps as {@code method} and {@code path} (as OpenAPI writes it: lower-case method). */
    public Optional<Endpoint> find(String method, String path) {
        return find(method.toUpperCase() + " " + path);
    }

    /**
     * The OpenAPI extensions of the operation {@code method} {@code path}: {@code x-roles}, who may call it (absent on
     * a public one), and {@code x-audit-action}, the actions of the audit record a successful call leaves (one, or one
     * of several by the call's outcome; absent when it leaves none). Empty for an endpoint the catalogue lacks.
     */
    public Map<String, Object> openApiExtensions(String method, String path) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        find(method, path).ifPresent(endpoint -> {
            if (!endpoint.open()) {
                extensions.put("x-roles", endpoint.roles());
            }
            if (!endpoint.auditActions().isEmpty()) {
                extensions.put("x-audit-action", endpoint.auditActions());
            }
        });
        return extensions;
    }

    /** The catalogue as a Markdown table, for docs/roles.md. */
    public String markdown() {
        StringBuilder table = new StringBuilder("| endpoint | who | audit record |\n|---|---|---|\n");
        for (Endpoint endpoint : endpoints.values()) {
            String who = endpoint.open() ? "public, no token" : String.join(", ", endpoint.roles());
            if (endpoint.note() != null) {
                who += "; " + endpoint.note();
            }
            String audit = !endpoint.auditActions().isEmpty()
                    ? endpoint.auditActions().stream().map(action -> "`" + action + "`")
                            .collect(Collectors.joining(" or "))
                    : endpoint.unaudited() != null ? "none: " + endpoint.unaudited() : "";
            table.append("| `").append(endpoint.key()).append("` | ").append(escape(who)).append(" | ")
                    .append(escape(audit)).append(" |\n");
        }
        return table.toString();
    }

    private static String escape(String cell) {
        return cell.chars().mapToObj(c -> c == '|' ? "\\|" : String.valueOf((char) c)).collect(Collectors.joining());
    }
}
