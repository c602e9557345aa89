package cn.sangang.gateway;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import cn.sangang.testkit.Api;

/** Waits until calls through the gateway reach the stub again, i.e. its circuit breaker has closed. */
final class ServiceRecovery {

    private ServiceRecovery() {
    }

    static void awaitOpenRoute(Api caller) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> caller.get("/api/zone/zones").status() == 200);
    }
}
