package cn.sangang.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gateway learns the client address only from trusted proxies: nothing turns on the server's own forwarding
 * (which would believe a client's Forwarded header), and the ingress controller is given a header set that drops
 * Forwarded.
 */
class ClientAddressManifestsTest {

    private static final Pattern FORWARDING_STRATEGY = Pattern.compile("(?i).*forward.?headers.?strategy.*");
    private static final Pattern NETWORKS = Pattern
            .compile("[0-9A-Fa-f.:]+/\\d{1,3}(\\s*,\\s*[0-9A-Fa-f.:]+/\\d{1,3})*");

    /** Every name=value a pod of these documents gets: ConfigMap data, container env and args. */
    private static List<String> settings(List<JsonNode> documents) {
        List<String> settings = new ArrayList<>();
        for (JsonNode document : documents) {
            document.path("data").properties().forEach(e -> settings.add(e.getKey() + "=" + e.getValue().asText()));
            for (JsonNode container : document.findValues("containers")) {
                for (JsonNode c : container) {
                    c.path("env")
                            .forEach(env -> settings.add(env.path("name").asText() + "=" + env.path("value").asText()));
                    c.path("args").forEach(arg -> settings.add(arg.asText()));
                    c.path("command").forEach(arg -> settings.add(arg.asText()));
                }
            }
        }
        return settings;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void nothing_turns_on_the_servers_own_forwarding_and_only_named_networks_are_trusted(String overlay)
            throws Exception {
        List<JsonNode> documents = ManifestsTest.rendered(overlay);

        assertThat(settings(documents)).filteredOn(s -> FORWARDING_STRATEGY.matcher(s.split("=")[0]).matches())
                .as("the gateway refuses any strategy but none; native believes a client's Forwarded header").isEmpty();
        JsonNode config = configMap(documents, "sangang-config");
        String trusted = config.path("data").path("SANGANG_GATEWAY_EDGE_TRUSTEDPROXIES").asText();
        assertThat(trusted).matches(NETWORKS);
        assertThat(trusted.split(",")).allSatisfy(network -> assertThat(network.strip().split("/")[1])
                .as("trusting every address would let anyone name a client").isNotEqualTo("0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void the_ingress_controller_is_given_a_header_set_that_drops_forwarded(String overlay) throws Exception {
        List<JsonNode> documents = ManifestsTest.rendered(overlay);

        JsonNode headers = configMap(documents, "sangang-ingress-upstream-headers");
        assertThat(headers.path("data").path("Forwarded").isTextual()).isTrue();
        assertThat(headers.path("data").path("Forwarded").asText()).as("an empty value drops the header").isEmpty();
        assertThat(documents).filteredOn(d -> d.path("kind").asText().equals("Ingress")).isNotEmpty()
                .allSatisfy(ingress -> assertThat(
                        ingress.path("metadata").path("annotations").propertyStream().map(Map.Entry::getKey))
                        .as("controllers refuse snippet annotations by default")
                        .noneMatch(name -> name.endsWith("-snippet")));
    }

    @Test
    void the_directly_exposed_compose_gateway_trusts_no_proxy_and_no_forwarding_header() throws Exception {
        Map<String, String> env = Map.of("SURVEY_TICKET_SECRET", "x", "COUNTY_PASSWORD", "x", "FIRST_ADMIN_USERNAME",
                "x", "FIRST_BUREAU_ID", "x", "FIRST_ADMIN_PERSON_NO", "x", "FIRST_ADMIN_PASSWORD", "x");

        var config = Commands.run(env, "docker-compose", "-f", "docker-compose.yml", "config");

        assertThat(config.exitCode()).as(config.output()).isZero();
        JsonNode gateway = ManifestSchema.documents(config.output()).getFirst().path("services").path("gateway");
        assertThat(gateway.isMissingNode()).isFalse();
        List<String> names = new ArrayList<>();
        gateway.path("environment").propertyStream().forEach(e -> names.add(e.getKey()));
        gateway.path("command").forEach(arg -> names.add(arg.asText()));
        assertThat(names).noneMatch(name -> FORWARDING_STRATEGY.matcher(name).matches())
                .noneMatch(name -> name.toUpperCase().contains("TRUSTEDPROXIES") || name.contains("trusted-proxies"));
    }

    private static JsonNode configMap(List<JsonNode> documents, String name) {
        return documents.stream()
                .filter(d -> d.path("kind").asText().equals("ConfigMap")
                        && d.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap " + name));
    }
}
