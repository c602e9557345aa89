package cn.sangang.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.sangang.events.ContractExamples;
import cn.sangang.events.EventCodec;
import cn.sangang.events.EventType;

/**
 * Checks a message a service really published against the contract example of its type: same fields at every
 * level, same JSON kinds, and readable by the shared codec. A producer that renames or drops a field fails here
 * before any consumer does.
 */
public final class EventContracts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventContracts() {
    }

    public static void assertConforms(EventType<?> type, String publishedJson) {
        JsonNode example = JSON.readTree(ContractExamples.json(type));
        JsonNode published = JSON.readTree(publishedJson);
        assertSameShape("", example, published);
        assertThat(new EventCodec().decode(publishedJson, type).payload()).isInstanceOf(type.payloadType());
    }

    private static void assertSameShape(String path, JsonNode example, JsonNode actual) {
        if (example.isObject()) {
            assertThat(actual.isObject()).as("%s is an object", path).isTrue();
            Set<String> expected = new TreeSet<>(example.propertyNames());
            assertThat(new TreeSet<>(actual.propertyNames())).as("fields of %s", path.isEmpty() ? "the envelope" : path)
                    .isEqualTo(expected);
            for (String field : expected) {
                if (!actual.get(field).isNull()) {
                    assertSameShape(path + "/" + field, example.get(field), actual.get(field));
                }
            }
        } else if (example.isArray()) {
            assertThat(actual.isArray()).as("%s is an array", path).isTrue();
            if (!example.isEmpty()) {
                actual.forEach(element -> assertSameShape(path + "[]", example.get(0), element));
            }
        } else {
            assertThat(actual.getNodeType()).as("JSON kind of %s", path).isEqualTo(example.getNodeType());
        }
    }
}
