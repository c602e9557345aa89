package cn.sangang.testkit;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a service under test at the shared test infrastructure and the test token key. */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sangang-test-infrastructure",
                Map.of("spring.mongodb.uri", infrastructure.freshMongoUri(), "spring.kafka.bootstrap-servers",
                        infrastructure.kafkaBootstrapServers(),
                        "spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens.publicKeyLocation(),
                        "sangang.outbox.poll-interval", "100ms", "sangang.kafka.retry-interval", "100ms",
                        // Reminders go out when a test runs its job, never from a scan that happens to fall
                        // within another test.
                        "sangang.reminders.scan-interval", "3650d")));
    }
}
