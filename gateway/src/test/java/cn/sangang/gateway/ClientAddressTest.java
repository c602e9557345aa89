package cn.sangang.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.StubZoneService;

/** The gateway as it runs without trusted proxies (docker-compose): the client is the connection's address. */
@GatewayTest
@TestPropertySource(properties = "sangang.gateway.edge.public-writes-per-minute=4")
class ClientAddressTest {

    @LocalServerPort
    int port;

    @Test
    void a_client_rotating_forwarding_headers_is_still_limited_after_four_writes() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(
                    Api.at(port).withHeader("Forwarded", "for=1.2.3." + i).withHeader("X-Forwarded-For", "10.9.0." + i)
                            .post("/public/zone/answers", Map.of("choice", "SATISFIED")).status());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 200, 429);
    }

    @Test
    void the_services_get_the_connection_address_and_none_a_client_claims() {
        Api.at(port).withHeader("X-Sangang-Client-Address", "6.6.6.6").withHeader("Forwarded", "for=6.6.6.7")
                .withHeader("X-Forwarded-For", "6.6.6.8").withHeader("X-Forwarded-Host", "6.6.6.9")
                .get("/public/zone/probe/direct");

        var received = receivedAt("/public/zone/probe/direct");
        assertThat(header(received, "X-Sangang-Client-Address")).containsExactly("127.0.0.1");
        assertThat(header(received, "Forwarded")).isEmpty();
        assertThat(received.headers().toString()).doesNotContain("6.6.6.");
    }

    static StubZoneService.Received receivedAt(String path) {
        return GatewayTestInitializer.ZONE.received().stream().filter(r -> r.path().equals(path)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("the service received nothing at " + path));
    }

    /** The values of a header as the service received it, whatever case the stub spells its name in. */
    static List<String> header(StubZoneService.Received received, String name) {
        return received.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).toList();
    }
}
