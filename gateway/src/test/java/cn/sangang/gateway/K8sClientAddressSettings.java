package cn.sangang.gateway;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * The gateway as k8s/base/config.yaml configures its client address (forwarding strategy, trusted proxies), read
 * from that file and ranked as environment variables, as Kubernetes passes them. Only those settings: the rest of
 * the file (ports, Kafka, log format) describes the cluster, not this test.
 */
class K8sClientAddressSettings implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final Path CONFIG = Path.of("..", "k8s", "base", "config.yaml");
    private static final Pattern CLIENT_ADDRESS_SETTING = Pattern
            .compile("(SERVER_)?FORWARD.*|SANGANG_GATEWAY_EDGE_.*");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> settings = new TreeMap<>();
        configMapData().forEach((name, value) -> {
            if (CLIENT_ADDRESS_SETTING.matcher(name).matches()) {
                settings.put(name, String.valueOf(value));
            }
        });
        // The "-systemEnvironment" suffix gives these names the relaxed binding real environment variables get.
        context.getEnvironment().getPropertySources().addAfter(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                        "k8s-config-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, settings));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> configMapData() {
        try (Reader reader = Files.newBufferedReader(CONFIG)) {
            Map<String, Object> configMap = new Yaml().load(reader);
            return (Map<String, Object>) configMap.get("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
