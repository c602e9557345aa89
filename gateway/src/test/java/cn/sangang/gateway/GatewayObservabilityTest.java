package cn.sangang.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.DashboardMetrics;
import cn.sangang.testkit.StubZoneService;

/** The production observability settings: actuator on its own port, traces passed on to the services. */
@GatewayTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"management.server.port=0", "management.tracing.sampling.probability=1.0"})
class GatewayObservabilityTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void a_routed_request_reaches_the_service_and_the_access_log_under_the_trace_the_caller_started(
            CapturedOutput output) {
        String traceId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        String path = "/public/zone/traced-" + traceId.substring(0, 8);

        Api.at(port).withHeader("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").get(path);

        StubZoneService.Received received = GatewayTestInitializer.ZONE.received().stream()
                .filter(request -> request.path().equals(path)).findFirst().orElseThrow();
        List<String> traceparent = received.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("traceparent"))
                .flatMap(header -> header.getValue().stream()).toList();
        assertThat(traceparent).singleElement().asString().contains(traceId);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(
                () -> assertThat(output.getOut().lines().filter(line -> line.contains("GET " + path + " ")))
                        .singleElement().asString().contains(traceId));
    }

    @Test
    void prometheus_scrapes_route_latency_and_errors_on_the_management_port_only() {
        Api.at(port).get("/public/zone/metered");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var scrape = Api.at(managementPort).anonymous().get("/actuator/prometheus");
            assertThat(scrape.status()).isEqualTo(200);
            assertThat(scrape.body()).contains("spring_cloud_gateway_requests_seconds_bucket{")
                    .contains("routeId=\"zone-service\"");
            assertThat(DashboardMetrics.named("spring_cloud_gateway_")).as("what the dashboard queries of the gateway")
                    .isNotEmpty().allSatisfy(metric -> assertThat(scrape.body()).contains(metric + "{"));
        });
        assertThat(Api.at(port).anonymous().get("/actuator/prometheus").status()).as("not on the public port")
                .isEqualTo(404);
    }
}
