package cn.sangang.testkit;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the service under test at the test JVM's one {@link StubZoneService} for its roster questions, and lets its
 * circuit to zone-service close again a second after a test stopped the stand-in to play an outage.
 */
public final class ZoneStub implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The stand-in zone-service of this test JVM, which tests fill with the people they need. */
    public static final StubZoneService ZONE = new StubZoneService();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("zone-stub", Map.of("sangang.services.zone-service", ZONE.url(),
                        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state", "1s")));
    }
}
