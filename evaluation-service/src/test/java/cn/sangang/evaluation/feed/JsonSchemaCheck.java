package cn.sangang.evaluation.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Checks a document against the subset of JSON Schema the feed's schema uses: object, required, properties,
 * additionalProperties false, type (also a list with null), const, pattern, minimum, maximum.
 */
final class JsonSchemaCheck {

    private JsonSchemaCheck() {
    }

    static void assertValid(JsonNode schema, JsonNode value, String path) {
        if (schema.has("const")) {
            assertThat(value).as(path).isEqualTo(schema.get("const"));
            return;
        }
        List<String> types = schema.path("type").isArray()
                ? schema.path("type").valueStream().map(JsonNode::asString).toList()
                : List.of(schema.path("type").asString());
        if (value.isNull()) {
            assertThat(types).as(path + " may be null").contains("null");
            return;
        }
        String kind = value.isObject()
                ? "object"
                : value.isIntegralNumber()
                        ? "integer"
                        : value.isNumber()
                                ? "number"
                                : value.isString() ? "string" : value.getNodeType().name().toLowerCase();
        assertThat(types.contains(kind) || (kind.equals("integer") && types.contains("number")))
                .as(path + " is " + kind + ", schema says " + types).isTrue();
        if (value.isObject()) {
            Set<String> required = new TreeSet<>(
                    schema.path("required").valueStream().map(JsonNode::asString).toList());
            Set<String> present = new TreeSet<>(value.propertyNames());
            assertThat(present).as(path + " has every required field").containsAll(required);
            if (schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean()) {
                assertThat(schema.path("properties").propertyNames()).as(path + " has no field outside the schema")
                        .containsAll(present);
            }
            present.forEach(
                    field -> assertValid(schema.path("properties").path(field), value.get(field), path + "/" + field));
        }
        if (value.isString() && schema.has("pattern")) {
            assertThat(value.asString()).as(path).matches(schema.get("pattern").asString());
        }
        if (value.isNumber() && schema.has("minimum")) {
            assertThat(value.asDouble()).as(path).isGreaterThanOrEqualTo(schema.get("minimum").asDouble());
        }
        if (value.isNumber() && schema.has("maximum")) {
            assertThat(value.asDouble()).as(path).isLessThanOrEqualTo(schema.get("maximum").asDouble());
        }
    }
}
