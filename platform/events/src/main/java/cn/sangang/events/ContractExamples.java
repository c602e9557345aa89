package cn.sangang.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The example message of each event contract, shipped with this library so producers and consumers test against one text. */
public final class ContractExamples {

    private ContractExamples() {
    }

    public static String json(EventType<?> type) {
        String resource = "/contracts/" + type.name() + ".v" + type.schemaVersion() + ".json";
        try (InputStream in = ContractExamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no contract example " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
