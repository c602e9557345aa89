package cn.sangang.testkit;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import cn.sangang.testkit.HostileInput.Acceptance;
import cn.sangang.testkit.HostileInput.Body;
import cn.sangang.testkit.HostileInput.Edit;
import cn.sangang.testkit.HostileInput.Variant;

/**
 * jqwik generators of hostile bodies: mutations of an endpoint's valid body — values replaced by values like them but
 * extreme, or by anything at all, fields removed, operator or foreign keys added — drawn reproducibly from a seed.
 */
public final class HostileGenerators {

    /** Keys a MongoDB query or update would act on, and keys other stores or mappers treat specially. */
    static final List<String> HOSTILE_KEYS = List.of("$gt", "$ne", "$where", "$set", "$regex", "$expr", "a.b",
            "__proto__", "@class", "_id", "bureauId", "version", "outbox");

    private static final JsonNodeFactory NODES = HostileInput.NODES;

    private HostileGenerators() {
    }

    /** A generated change of a valid body: up to three edits. */
    public record Mutation(List<Edit> edits) implements Variant {

        @Override
        public Body applyTo(Object validBody) {
            JsonNode root = HostileInput.tree(validBody);
            List<String> applied = new ArrayList<>();
            for (Edit edit : edits) {
                root = edit.applyTo(root, applied);
            }
            return new Body("generated: " + (applied.isEmpty() ? "unchanged" : String.join("; ", applied)),
                    HostileInput.JSON_TYPE, HostileInput.ESCAPING.writeValueAsBytes(root), Acceptance.CLEAN, null, 0);
        }

        @Override
        public String toString() {
            return edits.toString();
        }
    }

    /**
     * Mutations of a valid body: values replaced by values like them but extreme (far dates, impossible quarters,
     * edge numbers, ids of nothing, hostile and odd Unicode text, oversized lists) or by anything at all, fields
     * removed, and operator or foreign keys added.
     */
    public static Arbitrary<Mutation> mutations(Object template) {
        JsonNode root = HostileInput.tree(template);
        List<List<Object>> paths = HostileInput.paths(root);
        List<List<Object>> objects = new ArrayList<>();
        objects.add(List.of());
        paths.stream().filter(path -> HostileInput.at(root, path).isObject()).forEach(objects::add);
        Arbitrary<Edit> replace = paths.isEmpty()
                ? anyValue(2).map(v -> new Edit(List.of(), null, v))
                : Arbitraries.of(paths)
                        .flatMap(path -> Arbitraries
                                .frequencyOf(Tuple.of(3, likeOf(HostileInput.at(root, path))), Tuple.of(1, anyValue(2)))
                                .map(value -> new Edit(path, null, value)));
        Arbitrary<Edit> remove = paths.isEmpty()
                ? replace
                : Arbitraries.of(paths).map(path -> new Edit(path, null, null));
        Arbitrary<Edit> add = Combinators.combine(Arbitraries.of(objects), keys(), anyValue(1))
                .as((path, key, value) -> new Edit(path, key, value));
        Arbitrary<Edit> edit = Arbitraries.frequencyOf(Tuple.of(6, replace), Tuple.of(1, remove), Tuple.of(2, add));
        return edit.list().ofMinSize(1).ofMaxSize(3).map(Mutation::new);
    }

    /** {@code count} values of {@code arbitrary}, the same ones for the same seed. */
    public static <T> List<T> draw(Arbitrary<T> arbitrary, int count, long seed) {
        List<T> drawn = new ArrayList<>();
        JqwikSession.run(Long.toString(seed), () -> arbitrary.sampleStream().limit(count).forEach(drawn::add));
        return drawn;
    }

    /**
     * The seed of generated cases: {@code -Dsangang.hostile-seed=…} to repeat a run, else a fixed one, so a CI run
     * is reproducible; printed either way.
     */
    public static long seed() {
        long seed = Long.getLong("sangang.hostile-seed", 20260512L);
        System.out.println("[hostile input] seed " + seed + " (repeat with -Dsangang.hostile-seed=" + seed + ")");
        return seed;
    }

    /** Values like {@code original} that a careless handler could trip over. */
    private static Arbitrary<JsonNode> likeOf(JsonNode original) {
        if (original.isString() && HostileInput.DATE.matcher(original.asString()).matches()) {
            return dates(LocalDate.parse(original.asString()));
        }
        if (original.isString() && HostileInput.QUARTER.matcher(original.asString()).matches()) {
            return quarters();
        }
        if (original.isString() && HostileInput.OBJECT_ID.matcher(original.asString()).matches()) {
            return Arbitraries
                    .oneOf(Arbitraries.strings().withChars("0123456789abcdef").ofLength(24),
                            Arbitraries.of("000000000000000000000000", original.asString().toUpperCase(),
                                    original.asString().substring(1), original.asString() + "0"))
                    .map(NODES::stringNode);
        }
        if (original.isString()) {
            return texts().map(NODES::stringNode);
        }
        if (original.isIntegralNumber()) {
            return numbers();
        }
        if (original.isBoolean()) {
            return Arbitraries.of(NODES.nullNode(), NODES.stringNode("true"), NODES.numberNode(1),
                    NODES.stringNode("yes"), NODES.booleanNode(!original.asBoolean()));
        }
        if (original.isArray() && !original.isEmpty()) {
            JsonNode first = original.get(0);
            return Arbitraries.oneOf(Arbitraries.just(NODES.arrayNode()),
                    Arbitraries.integers().between(2, 120).map(copies -> {
                        ArrayNode many = NODES.arrayNode();
                        for (int i = 0; i < copies; i++) {
                            many.add(first.deepCopy());
                        }
                        return many;
                    }), Arbitraries.just(NODES.arrayNode().add(NODES.nullNode())),
                    likeOf(first).map(other -> NODES.arrayNode().add(other)));
        }
        return anyValue(2);
    }

    /** Far, impossible and malformed dates, and dates around the original, years away. */
    private static Arbitrary<JsonNode> dates(LocalDate original) {
        return Arbitraries.oneOf(
                Arbitraries.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "0001-01-01", "9999-12-31",
                        "+10000-01-01", "1900-01-01", "2100-12-31", "2028-02-29", "2026-02-30", "2026-13-01",
                        "2026-1-1", "20260101", "2026-01-01T00:00:00Z", ""),
                Arbitraries.integers().between(-800_000, 800_000).map(days -> original.plusDays(days).toString()))
                .map(NODES::stringNode);
    }

    private static Arbitrary<JsonNode> quarters() {
        return Arbitraries.oneOf(
                Arbitraries.of("2026-Q0", "2026-Q5", "0000-Q1", "9999-Q4", "2999-Q4", "2000-Q1", "2026-q1", "2026-Q1 ",
                        "2026Q1", "-2026-Q1", "+12026-Q1", ""),
                Combinators.combine(Arbitraries.integers().between(1900, 2999), Arbitraries.integers().between(1, 4))
                        .as((year, q) -> year + "-Q" + q))
                .map(NODES::stringNode);
    }

    private static Arbitrary<JsonNode> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.of(0, -1, 1, 2, 101, 1001, Integer.MAX_VALUE, Integer.MIN_VALUE).map(NODES::numberNode),
                Arbitraries.integers().between(-100_000, 100_000).map(NODES::numberNode),
                Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE).map(NODES::numberNode),
                Arbitraries.just(NODES.numberNode(BigInteger.TEN.pow(40))),
                Arbitraries.of(1.5, -0.0, 1e308, 4.9e-324, 2026.999).map(NODES::numberNode),
                Arbitraries.of("80", "1e3", "0x10", "").map(NODES::stringNode));
    }

    /** Text of every kind: hostile, every Unicode char (lone surrogates, controls, NUL), long, operator-like. */
    static Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.of(HostileInput.HOSTILE_TEXTS),
                Arbitraries.of("\"><img src=x onerror=alert(1)>", "${jndi:ldap://x/a} {{7*7}}",
                        "'; db.dropDatabase(); //"),
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(3_000),
                Arbitraries.strings().withChars("$.{}[]\"\\<>&'\u0000\u202e\u200b\n\t ").ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("", " ", "\u3000", "null", "undefined", "true", "0", "-1", "NaN", "Infinity"));
    }

    private static Arbitrary<String> keys() {
        return Arbitraries.oneOf(Arbitraries.of(HOSTILE_KEYS), Arbitraries.strings().all().ofMaxLength(12));
    }

    /** Any JSON value, nested up to {@code depth} levels. */
    static Arbitrary<JsonNode> anyValue(int depth) {
        Arbitrary<JsonNode> scalar = Arbitraries.oneOf(texts().map(NODES::stringNode), numbers(),
                Arbitraries.of(NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode()));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<JsonNode> inner = anyValue(depth - 1);
        Arbitrary<JsonNode> array = inner.list().ofMaxSize(3).map(values -> {
            ArrayNode node = NODES.arrayNode();
            values.forEach(node::add);
            return node;
        });
        Arbitrary<JsonNode> object = Combinators.combine(keys(), inner).as(Tuple::of).list().ofMaxSize(3)
                .map(entries -> {
                    ObjectNode node = NODES.objectNode();
                    entries.forEach(entry -> node.set(entry.get1(), entry.get2()));
                    return node;
                });
        return Arbitraries.frequencyOf(Tuple.of(4, scalar), Tuple.of(1, array), Tuple.of(1, object));
    }
}
