package cn.sangang.post;

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
import cn.sangang.testkit.StubZoneService;

/** post-service on a random port, its infrastructure, and a stand-in zone-service for roster questions. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, PostServiceTest.ZoneStub.class})
public @interface PostServiceTest {

    StubZoneService ZONE = new StubZoneService();

    class ZoneStub implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("zone-stub", Map.of("sangang.services.zone-service", ZONE.url(),
                            "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state", "1s")));
        }
    }
}
