package cn.sangang.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.json.JsonMapper;

import cn.sangang.events.roster.MemberChanged;

class EventContractsTest {

    static final java.util.List<EventType<?>> ALL_TYPES = EventTypes.ALL;

    private final EventCodec codec = new EventCodec();
    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @FieldSource("ALL_TYPES")
    void every_event_type_has_an_example_that_decodes_and_encodes_back_to_the_same_json(EventType<?> type) {
        String example = ContractExamples.json(type);

        EventEnvelope<?> decoded = codec.decode(example);

        assertThat(decoded.payload()).isInstanceOf(type.payloadType());
        assertThat(json.readTree(codec.encode(decoded))).isEqualTo(json.readTree(example));
    }

    @ParameterizedTest
    @FieldSource("ALL_TYPES")
    void every_event_type_lives_on_a_declared_topic(EventType<?> type) {
        assertThat(Topics.ALL).contains(type.topic());
    }

    @Test
    void every_topic_has_one_publishing_service() {
        assertThat(Topics.PUBLISHER).containsOnlyKeys(Topics.ALL);
    }

    @Test
    void writes_time_as_an_iso_instant() {
        var envelope = EventEnvelope.of(EventTypes.MEMBER_CHANGED, "b1", Instant.parse("2026-01-02T03:04:05Z"),
                new MemberChanged("P1", "名", "u", true, true, MemberChanged.Change.JOINED));

        assertThat(codec.encode(envelope)).contains("\"occurredAt\":\"2026-01-02T03:04:05Z\"");
    }

    @Test
    void refuses_an_unknown_type_a_newer_schema_version_and_non_json() {
        assertThatThrownBy(() -> codec.decode("{\"type\":\"nope\"}")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode(ContractExamples.json(EventTypes.MEMBER_CHANGED)
                .replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"))).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode("not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode("[]")).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void refuses_a_payload_missing_a_required_field() {
        String withoutPerson = ContractExamples.json(EventTypes.MEMBER_CHANGED).replace("\"personNo\": \"TJ0007\",",
                "");

        assertThatThrownBy(() -> codec.decode(withoutPerson)).isInstanceOf(MalformedEventException.class);
    }
}
