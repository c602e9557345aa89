package cn.sangang.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A demo seed of {@code n} bureaus for the scaling benchmark: {@link LocalSystem#BUREAU} as the demo seed has it,
 * then copies of it with their own ids, names and person numbers ({@code B007-0012} for its {@code TJ0012}), so each
 * copy has the same people, zones, posts and pledges, and its own accounts.
 */
final class SeedBureaus {

    private static final String TEMPLATE_PREFIX = "TJ";

    private SeedBureaus() {
    }

    static void write(int bureaus, Path demoSeed, Path out) {
        try {
            JsonNode seed = Http.JSON.readTree(Files.readString(demoSeed));
            JsonNode template = null;
            for (JsonNode bureau : seed.path("bureaus")) {
                if (bureau.path("id").asString().equals(LocalSystem.BUREAU)) {
                    template = bureau;
                }
            }
            if (template == null) {
                throw new IllegalArgumentException(demoSeed + " has no bureau " + LocalSystem.BUREAU);
            }
            String templateJson = Http.JSON.writeValueAsString(template);
            ObjectNode result = Http.JSON.createObjectNode();
            ArrayNode list = result.putArray("bureaus");
            list.add(template);
            for (int n = 2; n <= bureaus; n++) {
                String prefix = String.format(Locale.ROOT, "B%03d-", n);
                String copy = templateJson.replaceAll("\"" + TEMPLATE_PREFIX + "(\\d{4})\"",
                        Matcher.quoteReplacement("\"" + prefix) + "$1\"");
                ObjectNode bureau = (ObjectNode) Http.JSON.readTree(copy);
                bureau.put("id", String.format(Locale.ROOT, "bench-%03d", n));
                bureau.put("name", String.format(Locale.ROOT, "基准测试第%03d局", n));
                list.add(bureau);
            }
            Files.writeString(out, Http.JSON.writeValueAsString(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
