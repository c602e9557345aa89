package cn.sangang.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/** A service's audit trail as its audit endpoint shows it: what {@link AuditSweep} reads after each call. */
public final class AuditTrail {

    /** One audit record, as the trail shows it. */
    public record Entry(String id, String actor, String action, String aggregateType, String aggregateId) {
    }

    private AuditTrail() {
    }

    /** The trail as a service's audit endpoint at {@code path} shows it to {@code reader}, a LEADER or OFFICE. */
    public static Supplier<List<Entry>> readBy(Api reader, String path) {
        return () -> {
            Api.Response response = reader.get(path + "?limit=1000");
            assertThat(response.status()).as("reading the audit trail: " + response).isEqualTo(200);
            List<Entry> entries = new ArrayList<>();
            for (JsonNode entry : response.json()) {
                entries.add(new Entry(text(entry, "id"), text(entry, "actor"), text(entry, "action"),
                        text(entry, "aggregateType"), text(entry, "aggregateId")));
            }
            return entries;
        };
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.path(field);
        return value.isString() ? value.asString() : null;
    }
}
