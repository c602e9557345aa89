package cn.sangang.testkit;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile request bodies for an endpoint: a fixed corpus (malformed JSON, wrong types, MongoDB operators as keys
 * and inside strings, script tags, huge and deeply nested bodies) and edits of a valid body of the endpoint; the
 * jqwik generators that mutate a valid body are {@link HostileGenerators}. Each body says what the service may do with it: refuse it, or accept it only if it stores what
 * was sent verbatim, or accept it only if it stores no operator keys.
 */
public final class HostileInput {

    /** What the service may answer to a body besides refusing it with a 4xx problem. */
    public enum Acceptance {
        /** Nothing: no endpoint can read this body as valid. */
        NEVER,
        /** Accepting it is right only if {@link Body#text()} is stored and returned exactly as sent. */
        VERBATIM,
        /** Accepting it is right only if no document ends up with a {@code $}-prefixed key. */
        CLEAN
    }

    /**
     * One request body as raw bytes, so it may be anything but JSON; {@code text} is set for VERBATIM, and
     * {@code status} when a refusal must have that status (0: any 4xx).
     */
    public record Body(String name, String contentType, byte[] bytes, Acceptance acceptance, String text, int status) {

        static Body json(String name, String json, Acceptance acceptance) {
            return new Body(name, JSON_TYPE, json.getBytes(StandardCharsets.UTF_8), acceptance, null, 0);
        }

        static Body other(String name, String contentType, byte[] bytes) {
            return new Body(name, contentType, bytes, Acceptance.NEVER, null, 0);
        }

        /** The same body, whose refusal must be {@code status}. */
        public Body refusedWith(int status) {
            return new Body(name, contentType, bytes, acceptance, text, status);
        }

        @Override
        public String toString() {
            String shown = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
            return name + " [" + contentType + ", " + bytes.length + " bytes: " + shown
                    + (bytes.length > 300 ? "…" : "") + "]";
        }
    }

    /**
     * One way to make a hostile body of an endpoint's valid body. Variants are made once per endpoint from one valid
     * body and applied to a fresh one for each request, so accepted requests do not collide.
     */
    public interface Variant {

        Body applyTo(Object validBody);
    }

    /** A fixed body, whatever the endpoint takes. */
    record Fixed(Body body) implements Variant {

        @Override
        public Body applyTo(Object validBody) {
            return body;
        }
    }

    /** The valid body with one edit; {@code text} set for VERBATIM, {@code status} for a refusal of that status. */
    record Changed(String name, Edit edit, Acceptance acceptance, String text, int status) implements Variant {

        @Override
        public Body applyTo(Object validBody) {
            JsonNode body = edit.applyTo(tree(validBody), new ArrayList<>());
            return new Body(name, JSON_TYPE, ESCAPING.writeValueAsBytes(body), acceptance, text, status);
        }
    }

    /** The valid body, changed as JSON text where no tree can say it: a document appended, a value nested too deep. */
    record Rewrite(String name, UnaryOperator<String> change) implements Variant {

        @Override
        public Body applyTo(Object validBody) {
            return Body.json(name, change.apply(tree(validBody).toString()), Acceptance.NEVER);
        }
    }

    /** Replaces (value set, not key), removes (neither set) or adds (key set) at a path of the body. */
    public record Edit(List<Object> path, String key, JsonNode value) {

        JsonNode applyTo(JsonNode root, List<String> applied) {
            if (key != null) {
                JsonNode target = at(root, path);
                if (target instanceof ObjectNode object) {
                    object.set(key, value);
                    applied.add("add " + describe(path) + "." + key + " = " + shorten(value));
                }
                return root;
            }
            if (path.isEmpty()) {
                if (value == null) {
                    return root;
                }
                applied.add("body = " + shorten(value));
                return value.deepCopy();
            }
            JsonNode parent = at(root, path.subList(0, path.size() - 1));
            Object last = path.getLast();
            if (parent instanceof ObjectNode object && last instanceof String field && object.has(field)) {
                if (value == null) {
                    object.remove(field);
                    applied.add("remove " + describe(path));
                } else {
                    object.set(field, value.deepCopy());
                    applied.add(describe(path) + " = " + shorten(value));
                }
            } else if (parent instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
                if (value == null) {
                    array.remove((int) index);
                    applied.add("remove " + describe(path));
                } else {
                    array.set(index, value.deepCopy());
                    applied.add(describe(path) + " = " + shorten(value));
                }
            }
            return root;
        }

        @Override
        public String toString() {
            return (key != null
                    ? "add " + describe(path) + "." + key + "="
                    : value == null ? "remove " + describe(path) : describe(path) + "=")
                    + (value == null ? "" : shorten(value));
        }
    }

    public static final String JSON_TYPE = "application/json";

    /** Ends each hostile text of a VERBATIM body with " #<n>#", unique in the run, so its copies can be found. */
    public static final String MARK = " #";

    /** Bigger than any body a service takes: 1 MB, as at the gateway. */
    public static final int HUGE_BYTES = 5 * 1024 * 1024;

    /** Far deeper than any body a service takes, and than Jackson's limit of 500. */
    public static final int DEEP = 5_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Writes every non-ASCII char as an escape, so generated text reaches the service as generated, lone surrogates too. */
    static final JsonMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static final String PLACEHOLDER = "sangang-hostile-placeholder";
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final AtomicInteger MARKS = new AtomicInteger();
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
    static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}");

    /**
     * Text that is valid text wherever free text is taken, and dangerous wherever it would be interpreted: markup
     * a page could run, a MongoDB operator and an operator document with JavaScript a query could run.
     */
    public static final List<String> HOSTILE_TEXTS = List.of("<script>alert(1)</script>", "$gt",
            "{\"$where\": \"sleep(5000)\"}");

    private HostileInput() {
    }

    /** Bodies no endpoint can read as valid, whatever it takes: malformed JSON, wrong types, operator keys. */
    public static List<Variant> malformed() {
        List<Body> bodies = new ArrayList<>();
        String[][] texts = {{"empty body", ""}, {"truncated object", "{"}, {"value missing", "{\"a\":}"},
                {"single quotes", "{'a': 'b'}"}, {"trailing comma", "{\"a\": 1,}"}, {"NaN", "{\"a\": NaN}"},
                {"comment", "// comment\n{}"}, {"not JSON", "this is not json"}, {"unterminated string", "{\"a\": \"b"},
                {"bad escape", "{\"a\": \"\\u00\"}"}, {"unquoted key", "{a: 1}"}, {"an array", "[]"},
                {"a string", "\"text\""}, {"a number", "42"}, {"true", "true"}, {"null", "null"},
                {"operator key $where", "{\"$where\": \"sleep(5000)\"}"},
                {"operator key $set", "{\"$set\": {\"bureauId\": \"another\"}}"},
                {"operator key $gt", "{\"$gt\": \"\"}"},
                {"operator in a foreign field", "{\"bureauId\": {\"$ne\": null}}"}, {"dotted key", "{\"a.b\": 1}"},
                {"prototype key", "{\"__proto__\": {\"admin\": true}}"},
                {"polymorphic type key", "{\"@class\": \"java.lang.ProcessBuilder\", \"command\": [\"id\"]}"},
                {"internal fields", "{\"_id\": \"x\", \"version\": 0, \"outbox\": {}}"},};
        for (String[] text : texts) {
            bodies.add(Body.json(text[0], text[1], Acceptance.NEVER));
        }
        bodies.add(Body.other("invalid UTF-8", JSON_TYPE,
                new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        bodies.add(Body.other("a NUL byte", JSON_TYPE, new byte[]{0}));
        bodies.add(Body.other("XML", "application/xml",
                "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"
                        .getBytes(StandardCharsets.UTF_8)));
        bodies.add(Body.other("a form", "application/x-www-form-urlencoded",
                "a=1&$where=1".getBytes(StandardCharsets.UTF_8)));
        bodies.add(Body.other("JSON with an unknown charset", JSON_TYPE + ";charset=no-such-charset",
                "{}".getBytes(StandardCharsets.UTF_8)));
        return bodies.stream().<Variant>map(Fixed::new).toList();
    }

    /**
     * Variants of a valid body: an operator object in place of each value, foreign and operator keys beside its
     * fields, a second document after it (all refused), and each hostile text in place of each string (refused, or
     * kept verbatim).
     */
    public static List<Variant> derived(Object validBody) {
        JsonNode root = tree(validBody);
        List<Variant> variants = new ArrayList<>();
        for (List<Object> path : paths(root)) {
            variants.add(new Changed("operator object at " + describe(path),
                    new Edit(path, null, JSON.readTree("{\"$gt\": \"\"}")), Acceptance.NEVER, null, 0));
        }
        for (String key : List.of("$where", "a.b", "_id", "bureauId")) {
            if (!root.has(key)) {
                variants.add(new Changed("extra key " + key, new Edit(List.of(), key, NODES.stringNode("another")),
                        Acceptance.NEVER, null, 0));
            }
        }
        variants.add(new Rewrite("a second document after the body", json -> json + " {\"$where\": \"sleep(5000)\"}"));
        for (List<Object> path : paths(root)) {
            if (at(root, path).isString()) {
                for (String hostile : HOSTILE_TEXTS) {
                    String text = hostile + MARK + MARKS.incrementAndGet() + "#";
                    variants.add(new Changed("text " + hostile + " at " + describe(path),
                            new Edit(path, null, NODES.stringNode(text)), Acceptance.VERBATIM, text, 0));
                }
            }
        }
        return variants;
    }

    /**
     * Bodies of {@link #HUGE_BYTES}: one long string in place of the body's first string, one long array as the body.
     * A service takes at most 1 MB and answers 413 without reading further.
     */
    public static List<Variant> huge(Object validBody) {
        JsonNode root = tree(validBody);
        List<Variant> variants = new ArrayList<>();
        String megabytes = HUGE_BYTES / 1024 / 1024 + " MB";
        paths(root).stream().filter(path -> at(root, path).isString()).findFirst()
                .ifPresent(path -> variants.add(body -> Body.json("a " + megabytes + " string at " + describe(path),
                        replaced(tree(body), path, NODES.stringNode("党".repeat(HUGE_BYTES / 3))).toString(),
                        Acceptance.NEVER).refusedWith(413)));
        variants.add(new Fixed(
                Body.json("a " + megabytes + " array", "[" + "{},".repeat(HUGE_BYTES / 3) + "{}]", Acceptance.NEVER)
                        .refusedWith(413)));
        return variants;
    }

    /** Bodies nested {@link #DEEP} levels deep: arrays and objects as the body, and arrays in place of its first value. */
    public static List<Variant> deep(Object validBody) {
        JsonNode root = tree(validBody);
        String arrays = "[".repeat(DEEP) + "]".repeat(DEEP);
        List<Variant> variants = new ArrayList<>();
        variants.add(new Fixed(Body.json(DEEP + " nested arrays", arrays, Acceptance.NEVER)));
        variants.add(new Fixed(Body.json(DEEP + " nested objects", "{\"a\":".repeat(DEEP) + "{}" + "}".repeat(DEEP),
                Acceptance.NEVER)));
        paths(root).stream().findFirst()
                .ifPresent(path -> variants.add(new Rewrite(DEEP + " nested arrays at " + describe(path),
                        json -> replaced(JSON.readTree(json), path, NODES.stringNode(PLACEHOLDER)).toString()
                                .replace("\"" + PLACEHOLDER + "\"", arrays))));
        return variants;
    }

    /**
     * The valid body with each value in turn replaced by each edge value of its kind: dates past what a store can
     * hold and before the calendar, impossible quarters, ids of nothing, integer limits, a number of 5,000 digits, a
     * fraction, empty, NUL, lone surrogate, bidi-override and long text, long lists. Any of them may be valid somewhere, so each may be
     * accepted if stored cleanly.
     */
    public static List<Variant> edges(Object validBody) {
        JsonNode root = tree(validBody);
        List<Variant> variants = new ArrayList<>();
        for (List<Object> path : paths(root)) {
            for (JsonNode edge : edgesOf(at(root, path))) {
                variants.add(new Changed("edge value at " + describe(path) + " = " + shorten(edge),
                        new Edit(path, null, edge), Acceptance.CLEAN, null, 0));
            }
        }
        return variants;
    }

    private static List<JsonNode> edgesOf(JsonNode original) {
        List<JsonNode> edges = new ArrayList<>();
        if (original.isString() && DATE.matcher(original.asString()).matches()) {
            List.of("-999999999-01-01", "+999999999-12-31", "0000-12-31", "2026-02-30")
                    .forEach(date -> edges.add(NODES.stringNode(date)));
        } else if (original.isString() && QUARTER.matcher(original.asString()).matches()) {
            List.of("2026-Q0", "2026-Q5", "2000-Q1", "2999-Q4", "9999-Q4")
                    .forEach(quarter -> edges.add(NODES.stringNode(quarter)));
        } else if (original.isString() && OBJECT_ID.matcher(original.asString()).matches()) {
            List.of("000000000000000000000000", "ffffffffffffffffffffffff")
                    .forEach(id -> edges.add(NODES.stringNode(id)));
        } else if (original.isString()) {
            List.of("", "a\u0000b\u202e", "\ud800", "党".repeat(100_000))
                    .forEach(text -> edges.add(NODES.stringNode(text)));
        } else if (original.isIntegralNumber()) {
            edges.addAll(List.of(NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(Long.MAX_VALUE),
                    NODES.numberNode(BigInteger.TEN.pow(40)), NODES.numberNode(new BigInteger("9".repeat(5_000))),
                    NODES.numberNode(-1), NODES.numberNode(1.5)));
        } else if (original.isBoolean()) {
            edges.addAll(List.of(NODES.nullNode(), NODES.stringNode("true"), NODES.numberNode(1)));
        } else if (original.isArray() && !original.isEmpty()) {
            ArrayNode many = NODES.arrayNode();
            for (int i = 0; i < 1_000; i++) {
                many.add(original.get(0).deepCopy());
            }
            edges.addAll(List.of(NODES.arrayNode(), many));
        }
        return edges;
    }

    static JsonNode tree(Object template) {
        return template instanceof JsonNode node ? node.deepCopy() : JSON.valueToTree(template);
    }

    /** The path of every value inside the body, depth first: field names and list indexes. */
    static List<List<Object>> paths(JsonNode root) {
        List<List<Object>> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(JsonNode node, List<Object> path, List<List<Object>> paths) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                List<Object> child = new ArrayList<>(path);
                child.add(field.getKey());
                paths.add(List.copyOf(child));
                collect(field.getValue(), child, paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> child = new ArrayList<>(path);
                child.add(i);
                paths.add(List.copyOf(child));
                collect(node.get(i), child, paths);
            }
        }
    }

    static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        return node;
    }

    private static JsonNode replaced(JsonNode root, List<Object> path, JsonNode value) {
        return new Edit(path, null, value).applyTo(root.deepCopy(), new ArrayList<>());
    }

    static String describe(List<Object> path) {
        return path.isEmpty()
                ? "the body"
                : path.stream().map(step -> step instanceof Integer index ? "[" + index + "]" : "." + step)
                        .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String shorten(JsonNode value) {
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + " chars)" : text;
    }
}
