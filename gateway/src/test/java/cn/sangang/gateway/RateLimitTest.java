package cn.sangang.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import cn.sangang.testkit.Api;

@GatewayTest
@TestPropertySource(properties = {"sangang.gateway.edge.logins-per-minute=3",
        "sangang.gateway.edge.public-writes-per-minute=4"})
class RateLimitTest {

    @LocalServerPort
    int port;

    @Test
    void too_many_logins_from_one_address_get_a_429_problem_with_retry_after() {
        List<Api.Response> responses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            responses.add(Api.at(port).post("/auth/login", Map.of("username", "flood", "password", "Flooding-12345")));
        }

        assertThat(responses.subList(0, 3)).allSatisfy(r -> assertThat(r.status()).isEqualTo(401));
        var limited = responses.getLast();
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.isProblem()).isTrue();
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        assertThat(limited.json().path("code").asString()).isEqualTo("edge.too-many-requests");
        assertThat(limited.json().path("args").path("seconds").asString()).isEqualTo(limited.header("Retry-After"));
        assertThat(limited.json().path("detail").asString())
                .isEqualTo("操作过于频繁，请 " + limited.header("Retry-After") + " 秒后再试");
    }

    @Test
    void a_client_cannot_choose_its_own_address_with_forwarding_headers() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(
                    Api.at(port).withHeader("X-Forwarded-For", "10.0.0." + i).withHeader("Forwarded", "for=10.0.1." + i)
                            .post("/auth/login", Map.of("username", "spoof", "password", "Spoofing-12345")).status());
        }

        assertThat(statuses).contains(429);
    }

    @Test
    void too_many_public_writes_from_one_address_get_a_429_and_reads_go_on() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(Api.at(port).post("/public/zone/answers", Map.of("choice", "SATISFIED")).status());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 200, 429);
        assertThat(Api.at(port).get("/public/zone/bureaus/b1/plaques").status()).isEqualTo(200);
    }
}
