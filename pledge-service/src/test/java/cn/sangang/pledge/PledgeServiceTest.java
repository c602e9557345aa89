package cn.sangang.pledge;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

import cn.sangang.testkit.InfrastructureInitializer;
import cn.sangang.testkit.MovableClock;
import cn.sangang.testkit.StubZoneService;

/**
 * pledge-service on a random port, its infrastructure, a stand-in zone-service for roster questions, and a clock
 * tests may move forward to let deadlines pass (and put back afterwards).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, PledgeServiceTest.ZoneStub.class,
        MovableClock.Initializer.class})
public @interface PledgeServiceTest {

    StubZoneService ZONE = new StubZoneService();
    MovableClock CLOCK = MovableClock.SHARED;

    class ZoneStub implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("zone-stub", Map.of("sangang.services.zone-service", ZONE.url(),
                            "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state", "1s")));
        }
    }
}
