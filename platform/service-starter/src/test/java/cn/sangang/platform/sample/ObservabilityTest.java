package cn.sangang.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.sangang.events.Topics;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.DashboardMetrics;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.InfrastructureInitializer;

/** The production observability settings: actuator on its own port, JSON logs, traces sampled. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"management.server.port=0",
        "logging.structured.format.console=ecs", "management.tracing.sampling.probability=1.0"})
@ContextConfiguration(initializers = InfrastructureInitializer.class)
@ExtendWith(OutputCaptureExtension.class)
@Order(Integer.MAX_VALUE)
class ObservabilityTest extends SampleServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalManagementPort
    int managementPort;

    final EventCapture capture = EventCapture.of(Topics.ROSTER);

    @AfterEach
    void closeCapture() {
        capture.close();
    }

    @Test
    void a_request_and_the_consumer_of_its_event_log_in_json_under_the_trace_the_caller_started(CapturedOutput output) {
        String traceId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        String name = "traced-" + traceId.substring(0, 6);

        var created = as("A1", "ADMIN").withHeader("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .post("/api/sample/gadgets", Map.of("name", name));

        assertThat(created.status()).isEqualTo(201);
        var record = capture.awaitRecord(r -> r.value().contains(bureau));
        Header traceparent = record.headers().lastHeader("traceparent");
        assertThat(traceparent).as("the published record carries the trace on").isNotNull();
        assertThat(new String(traceparent.value(), StandardCharsets.UTF_8)).contains(traceId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(jsonLine(output, "created gadget " + name).path("traceId").asString())
                    .as("the request's log line").isEqualTo(traceId);
            assertThat(jsonLine(output, "tallied " + name).path("traceId").asString())
                    .as("the consumer's log line, after Kafka").isEqualTo(traceId);
        });
    }

    @Test
    void prometheus_scrapes_backlog_lag_dead_letters_and_latency_on_the_management_port_only() {
        assertThat(as("A1", "ADMIN").post("/api/sample/gadgets", Map.of("name", "metered")).status()).isEqualTo(201);
        EventCapture.send(Topics.ROSTER, "garbage", "not an event");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var scrape = Api.at(managementPort).anonymous().get("/actuator/prometheus");
            assertThat(scrape.status()).isEqualTo(200);
            assertThat(scrape.body()).containsPattern("sangang_outbox_backlog\\{[^}]*collection=\"gadgets\"")
                    .containsPattern("sangang_outbox_oldest_age_seconds\\{[^}]*collection=\"gadgets\"")
                    .contains("sangang_outbox_relay_seconds_count{").contains("sangang_events_consumed_total{")
                    .containsPattern("sangang_events_dead_lettered_total\\{[^}]*reason=\"malformed\"[^}]*topic=\""
                            + Topics.ROSTER + "\"")
                    .contains("kafka_consumer_fetch_manager_records_lag_max")
                    .contains("http_server_requests_seconds_bucket{").contains("application=\"sample\"");
            assertThat(DashboardMetrics.named("sangang_", "http_server_", "kafka_consumer_"))
                    .as("what the dashboard queries of a service").hasSizeGreaterThanOrEqualTo(7)
                    .allSatisfy(metric -> assertThat(scrape.body()).contains(metric + "{"));
        });
        assertThat(Api.at(port).anonymous().get("/actuator/prometheus").status())
                .as("not on the application port, which the gateway and ingress reach").isEqualTo(404);
    }

    private static JsonNode jsonLine(CapturedOutput output, String message) {
        return output.getOut().lines().filter(line -> line.startsWith("{") && line.contains(message))
                .map(JSON::readTree).findFirst()
                .orElseThrow(() -> new AssertionError("no JSON log line says \"" + message + "\""));
    }
}
