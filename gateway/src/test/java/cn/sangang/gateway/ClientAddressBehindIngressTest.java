package cn.sangang.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.InfrastructureInitializer;

/**
 * The gateway with the client-address settings of k8s/base/config.yaml, the test playing the ingress controller:
 * it connects from loopback, the one trusted proxy here, and reports the client in X-Forwarded-For.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, GatewayTestInitializer.class,
        K8sClientAddressSettings.class})
@TestPropertySource(properties = {"sangang.gateway.edge.trusted-proxies=127.0.0.1/32,::1/128",
        "sangang.gateway.edge.public-writes-per-minute=4"})
class ClientAddressBehindIngressTest {

    @LocalServerPort
    int port;

    @Test
    void a_client_rotating_forwarded_and_leftmost_forwarded_for_entries_is_still_limited_after_four_writes() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(Api.at(port).withHeader("Forwarded", "for=1.2.3." + i)
                    // The leftmost entry is the client's own; the ingress appended the address it saw.
                    .withHeader("X-Forwarded-For", "10.9." + i + ".1, 198.51.100.7")
                    .post("/public/zone/answers", Map.of("choice", "SATISFIED")).status());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 200, 429);
        assertThat(Api.at(port).withHeader("X-Forwarded-For", "198.51.100.8")
                .post("/public/zone/answers", Map.of("choice", "SATISFIED")).status())
                .as("another client the ingress reports has its own bucket").isEqualTo(200);
    }

    @Test
    void two_ipv6_addresses_of_one_64_share_a_bucket() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(Api.at(port).withHeader("X-Forwarded-For", "2001:db8:1:2::" + Integer.toHexString(0xa + i))
                    .post("/public/zone/answers", Map.of("choice", "SATISFIED")).status());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 200, 429);
        assertThat(Api.at(port).withHeader("X-Forwarded-For", "2001:db8:1:3::a")
                .post("/public/zone/answers", Map.of("choice", "SATISFIED")).status())
                .as("the next /64 is another subscriber").isEqualTo(200);
    }

    @Test
    void the_services_get_the_client_the_ingress_reports_never_the_one_a_client_claims() {
        Api.at(port).withHeader("X-Sangang-Client-Address", "6.6.6.6").withHeader("Forwarded", "for=6.6.6.7")
                .withHeader("X-Forwarded-For", "6.6.6.8, 203.0.113.9").get("/public/zone/probe/behind-ingress");

        var received = ClientAddressTest.receivedAt("/public/zone/probe/behind-ingress");
        assertThat(ClientAddressTest.header(received, "X-Sangang-Client-Address")).containsExactly("203.0.113.9");
        assertThat(received.headers().toString()).doesNotContain("6.6.6.");
    }
}
