package cn.sangang.gateway;

import java.time.Clock;
import java.util.Map;

import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import cn.sangang.testkit.MovableClock;
import cn.sangang.testkit.StubZoneService;
import cn.sangang.testkit.TestTokens;

/**
 * The gateway under test signs with the key the test kit's tokens use, routes to a stand-in service and tells the
 * time by {@link MovableClock#SHARED}, which a test may move forward (a session outliving its lifetime).
 */
class GatewayTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Stands in for every service behind the gateway under test. */
    static final StubZoneService ZONE = new StubZoneService();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("gateway-test", Map.of("sangang.gateway.jwt.keys[0]",
                        TestTokens.trustedSigningJwk(), "sangang.gateway.services.zone-service", ZONE.url(),
                        "sangang.gateway.services.post-service", ZONE.url(), "sangang.gateway.services.pledge-service",
                        ZONE.url(), "sangang.gateway.services.evaluation-service", ZONE.url())));
        ((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("movableClock", BeanDefinitionBuilder
                .genericBeanDefinition(Clock.class, () -> MovableClock.SHARED).setPrimary(true).getBeanDefinition());
        // Defaults a test class may still override with @TestPropertySource.
        context.getEnvironment().getPropertySources().addLast(new MapPropertySource("gateway-test-defaults",
                Map.of("sangang.gateway.accounts.status-cache-for", "0s", "sangang.gateway.edge.logins-per-minute",
                        "1000", "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state", "1s",
                        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls", "2")));
    }
}
