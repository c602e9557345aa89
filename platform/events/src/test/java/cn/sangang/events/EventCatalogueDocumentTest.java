package cn.sangang.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * docs/events.md's catalogue of topics and events is written from {@link Topics} and {@link EventTypes}, so the
 * document cannot drift from what the services publish. After changing an event, regenerate it with
 * {@code mvn -pl platform/events test -Dtest=EventCatalogueDocumentTest -Dsangang.docs.write=true}.
 */
class EventCatalogueDocumentTest {

    private static final Path DOCUMENT = Path.of("../../docs/events.md");
    private static final String START = "<!-- generated from EventTypes and Topics: start -->";
    private static final String END = "<!-- generated from EventTypes and Topics: end -->";

    @Test
    void the_events_document_lists_every_topic_and_event_as_the_code_declares_them() throws IOException {
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        assertThat(start).as("docs/events.md has the generated section's markers").isNotNegative();
        assertThat(end).isGreaterThan(start);
        String generated = START + "\n" + catalogue() + END;

        if (Boolean.getBoolean("sangang.docs.write")) {
            Files.writeString(DOCUMENT,
                    document.substring(0, start) + generated + document.substring(end + END.length()),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(document.substring(start, end + END.length()))
                .as("docs/events.md is stale: regenerate it with -Dsangang.docs.write=true (see this test's javadoc)")
                .isEqualTo(generated);
    }

    static String catalogue() {
        StringBuilder md = new StringBuilder();
        md.append("| topic | kept | publisher | events |\n|---|---|---|---|\n");
        for (String topic : Topics.ALL) {
            String events = EventTypes.ALL.stream().filter(type -> type.topic().equals(topic))
                    .map(type -> "`" + type.name() + "` v" + type.schemaVersion()).collect(Collectors.joining(", "));
            md.append("| `").append(topic).append("` | ")
                    .append(Topics.COMPACTED.contains(topic) ? "latest per key (compacted)" : "all").append(" | ")
                    .append(Topics.PUBLISHER.get(topic)).append(" | ").append(events).append(" |\n");
        }
        md.append("\n| event | payload fields | example |\n|---|---|---|\n");
        for (EventType<?> type : EventTypes.ALL) {
            md.append("| `").append(type.name()).append("` v").append(type.schemaVersion()).append(" | ")
                    .append(fields(type.payloadType())).append(" | `platform/events/src/main/resources/contracts/")
                    .append(type.name()).append(".v").append(type.schemaVersion()).append(".json` |\n");
        }
        return md.toString();
    }

    private static String fields(Class<?> payload) {
        return Arrays.stream(payload.getRecordComponents())
                .map(component -> "`" + component.getName() + "` " + typeName(component))
                .collect(Collectors.joining(", "));
    }

    private static String typeName(RecordComponent component) {
        Class<?> type = component.getType();
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining("/"));
        }
        return simpleName(component.getGenericType());
    }

    private static String simpleName(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return simpleName(parameterized.getRawType()) + "&lt;"
                    + Arrays.stream(parameterized.getActualTypeArguments()).map(EventCatalogueDocumentTest::simpleName)
                            .collect(Collectors.joining(", "))
                    + "&gt;";
        }
        return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
    }
}
