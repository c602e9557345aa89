package cn.sangang.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The metric names the operations dashboard queries, so a service's test can prove it exposes each one: a renamed
 * meter then fails a build instead of leaving an empty panel in production.
 */
public final class DashboardMetrics {

    static final String DASHBOARD = "k8s/base/observability/sangang-dashboard.json";
    private static final Pattern METRIC = Pattern.compile("\\b([a-z][a-z0-9_]*_[a-z0-9_]+)(?=\\{|\\[)");

    private DashboardMetrics() {
    }

    /** The names in the dashboard's queries that start with one of {@code prefixes}. */
    public static Set<String> named(String... prefixes) {
        Set<String> names = new TreeSet<>();
        for (JsonNode expr : dashboard().findValues("expr")) {
            Matcher matcher = METRIC.matcher(expr.asString());
            while (matcher.find()) {
                for (String prefix : prefixes) {
                    if (matcher.group(1).startsWith(prefix)) {
                        names.add(matcher.group(1));
                    }
                }
            }
        }
        return names;
    }

    private static JsonNode dashboard() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(DASHBOARD))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(DASHBOARD + " not found above " + Path.of("").toAbsolutePath());
        }
        try {
            return JsonMapper.builder().build().readTree(Files.readString(dir.resolve(DASHBOARD)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
