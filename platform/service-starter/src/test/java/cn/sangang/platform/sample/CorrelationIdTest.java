package cn.sangang.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.ServiceIntegrationTest;

@ServiceIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CorrelationIdTest extends SampleServiceTest {

    private static final String HEADER = "X-Correlation-Id";

    @Test
    void the_reply_carries_the_correlation_id_the_gateway_sent() {
        var response = admin().withHeader(HEADER, "gw_4f2a-0c91").post("/api/sample/gadgets", Map.of("name", "echo"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header(HEADER)).isEqualTo("gw_4f2a-0c91");
    }

    @Test
    void a_request_without_a_sane_correlation_id_gets_a_fresh_one() {
        List<Api> callers = List.of(admin(), admin().withHeader(HEADER, "short"),
                admin().withHeader(HEADER, "x".repeat(65)), admin().withHeader(HEADER, "forged] INFO admin logged in"));

        List<String> ids = callers.stream()
                .map(caller -> caller.post("/api/sample/gadgets", Map.of("name", "fresh")).header(HEADER)).toList();

        assertThat(ids).allSatisfy(id -> assertThat(UUID.fromString(id)).hasToString(id)).doesNotHaveDuplicates();
    }

    @Test
    void a_request_refused_before_it_reaches_the_service_still_carries_its_correlation_id() {
        var response = Api.at(port).withHeader(HEADER, "gw-refused-1").post("/api/sample/gadgets", Map.of("name", "x"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header(HEADER)).isEqualTo("gw-refused-1");
    }

    @Test
    void puts_the_correlation_id_of_the_request_in_every_log_line(CapturedOutput output) {
        String id = "gw-" + UUID.randomUUID().toString().substring(0, 8);

        admin().withHeader(HEADER, id).post("/api/sample/gadgets", Map.of("name", "logged"));

        assertThat(output.getOut().lines().filter(line -> line.contains("created gadget logged of bureau " + bureau)))
                .singleElement().asString().contains("[" + id + "] ");
    }
}
