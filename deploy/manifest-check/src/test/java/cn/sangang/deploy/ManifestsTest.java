package cn.sangang.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.sangang.events.Topics;

/** Both overlays render, and every resource they render matches its Kubernetes or Strimzi schema. */
class ManifestsTest {

    static List<JsonNode> rendered(String overlay) throws IOException, InterruptedException {
        return ManifestSchema.documents(Commands.render(overlay));
    }

    static long count(List<JsonNode> documents, String kind) {
        return documents.stream().filter(d -> d.path("kind").asText().equals(kind)).count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void every_rendered_resource_matches_its_schema(String overlay) throws Exception {
        List<JsonNode> documents = rendered(overlay);

        assertThat(ManifestSchema.violations(documents)).isEmpty();
        assertThat(count(documents, "Deployment")).isEqualTo(5);
        assertThat(count(documents, "HorizontalPodAutoscaler")).isEqualTo(5);
        assertThat(count(documents, "KafkaTopic")).as("six topics and their dead-letter topics").isEqualTo(12);
        assertThat(documents).filteredOn(d -> d.path("kind").asText().equals("Deployment")).allSatisfy(d -> {
            JsonNode container = d.path("spec").path("template").path("spec").path("containers").get(0);
            assertThat(container.path("readinessProbe").isMissingNode()).isFalse();
            assertThat(container.path("livenessProbe").isMissingNode()).isFalse();
            assertThat(container.path("resources").path("limits").path("memory").asText()).isNotEmpty();
            assertThat(d.path("spec").path("strategy").path("rollingUpdate").path("maxUnavailable").asInt())
                    .as("zero-downtime rollout").isZero();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void only_the_gateway_is_reachable_from_outside(String overlay) throws Exception {
        List<JsonNode> documents = rendered(overlay);

        assertThat(documents).filteredOn(d -> d.path("kind").asText().equals("Service"))
                .allSatisfy(s -> assertThat(s.path("spec").path("type").asText("ClusterIP")).isEqualTo("ClusterIP"));
        assertThat(documents).filteredOn(d -> d.path("kind").asText().equals("Ingress"))
                .flatExtracting(i -> i.path("spec").path("rules").findValues("service").stream()
                        .map(service -> service.path("name").asText()).toList())
                .containsOnly("gateway");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void every_app_configured_to_ask_zone_service_finds_it_and_may_reach_it(String overlay) throws Exception {
        List<JsonNode> documents = rendered(overlay);
        List<JsonNode> policies = documents.stream().filter(d -> d.path("kind").asText().equals("NetworkPolicy"))
                .toList();
        List<String> callers = KafkaAccessTest.APPS.stream().filter(ManifestsTest::asksZoneService).toList();

        assertThat(callers).contains("post-service", "pledge-service", "evaluation-service");
        assertThat(documents)
                .filteredOn(d -> d.path("kind").asText().equals("ConfigMap")
                        && d.path("metadata").path("name").asText().equals("sangang-config"))
                .singleElement().satisfies(config -> assertThat(config.path("data").path("ZONE_SERVICE_URI").asText())
                        .isEqualTo("http://zone-service:8080"));
        assertThat(policies).filteredOn(p -> p.path("metadata").path("name").asText().equals("zone-service-ingress"))
                .singleElement()
                .satisfies(p -> assertThat(p.path("spec").path("ingress").findValuesAsText("app.kubernetes.io/name"))
                        .containsAll(callers));
        assertThat(callers).allSatisfy(caller -> assertThat(policies).as(caller + " may reach zone-service")
                .anyMatch(p -> p.path("spec").path("podSelector").path("matchLabels").path("app.kubernetes.io/name")
                        .asText().equals(caller)
                        && p.path("spec").path("egress").findValuesAsText("app.kubernetes.io/name")
                                .contains("zone-service")));
    }

    private static boolean asksZoneService(String app) {
        try {
            return Files.readString(Commands.ROOT.resolve(app).resolve("src/main/resources/application.yml"))
                    .contains("${ZONE_SERVICE_URI");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void probes_and_metrics_use_the_management_port_which_only_prometheus_reaches(String overlay) throws Exception {
        List<JsonNode> documents = rendered(overlay);

        assertThat(documents)
                .filteredOn(d -> d.path("kind").asText().equals("ConfigMap")
                        && d.path("metadata").path("name").asText().equals("sangang-config"))
                .singleElement().satisfies(config -> {
                    assertThat(config.path("data").path("MANAGEMENT_SERVER_PORT").asText()).isEqualTo("9090");
                    assertThat(config.path("data").path("LOGGING_STRUCTURED_FORMAT_CONSOLE").asText()).isEqualTo("ecs");
                    assertThat(
                            config.path("data").path("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT").asText())
                            .startsWith("http://");
                });
        assertThat(documents).filteredOn(d -> d.path("kind").asText().equals("Deployment")).allSatisfy(d -> {
            JsonNode pod = d.path("spec").path("template");
            JsonNode container = pod.path("spec").path("containers").get(0);
            assertThat(container.path("ports").findValuesAsText("containerPort")).contains("9090");
            assertThat(List.of("startupProbe", "livenessProbe", "readinessProbe"))
                    .allSatisfy(probe -> assertThat(container.path(probe).path("httpGet").path("port").asText())
                            .isEqualTo("management"));
            assertThat(pod.path("metadata").path("annotations").path("prometheus.io/port").asText()).isEqualTo("9090");
            assertThat(pod.path("metadata").path("annotations").path("prometheus.io/path").asText())
                    .isEqualTo("/actuator/prometheus");
        });
        assertThat(documents).filteredOn(d -> d.path("kind").asText().equals("Service"))
                .flatExtracting(s -> s.path("spec").path("ports").findValuesAsText("port"))
                .as("no Service, and so no ingress or gateway route, leads to the management port")
                .doesNotContain("9090");
        assertThat(documents).filteredOn(d -> d.path("kind").asText().equals("NetworkPolicy"))
                .filteredOn(p -> p.path("spec").path("ingress").findValuesAsText("port").contains("9090"))
                .singleElement().satisfies(
                        p -> assertThat(p.path("spec").path("ingress").findValuesAsText("kubernetes.io/metadata.name"))
                                .containsExactly("monitoring"));
        assertThat(documents)
                .filteredOn(d -> d.path("kind").asText().equals("ConfigMap")
                        && d.path("metadata").path("labels").path("grafana_dashboard").asText().equals("1"))
                .singleElement()
                .satisfies(dashboard -> assertThat(dashboard.path("data").path("sangang-dashboard.json").asText())
                        .contains("sangang_outbox_backlog", "kafka_consumer_fetch_manager_records_lag_max",
                                "sangang_events_dead_lettered_total", "http_server_requests_seconds_bucket"));
    }

    @Test
    void production_topics_keep_three_replicas_with_two_in_sync_and_the_roster_and_feed_compacted() throws Exception {
        List<JsonNode> topics = rendered("prod").stream().filter(d -> d.path("kind").asText().equals("KafkaTopic"))
                .toList();

        assertThat(topics).allSatisfy(t -> {
            assertThat(t.path("spec").path("replicas").asInt()).isEqualTo(3);
            assertThat(t.path("spec").path("config").path("min.insync.replicas").asInt()).isEqualTo(2);
        });
        assertThat(topics)
                .filteredOn(t -> t.path("spec").path("config").path("cleanup.policy").asText().equals("compact"))
                .extracting(t -> t.path("spec").path("topicName").asText())
                .containsExactlyInAnyOrderElementsOf(Topics.COMPACTED);
        assertThat(topics).extracting(t -> t.path("spec").path("topicName").asText()).contains("post-events.DLT");
    }

    @Test
    void a_planted_unknown_field_a_wrong_type_or_an_unknown_kind_is_caught() throws Exception {
        String yaml = Commands.render("dev");

        assertThat(ManifestSchema
                .violations(ManifestSchema.documents(yaml.replaceFirst("imagePullPolicy:", "imagePullPolcy:"))))
                .singleElement().asString().contains("Deployment/").contains("imagePullPolcy");
        assertThat(ManifestSchema.violations(ManifestSchema.documents(yaml.replaceFirst("topicName:", "topicNme:"))))
                .singleElement().asString().contains("KafkaTopic/").contains("topicNme");
        assertThat(ManifestSchema.violations(
                ManifestSchema.documents(yaml.replaceFirst("containerPort: 8080", "containerPort: eighty"))))
                .singleElement().asString().contains("eighty");
        assertThat(
                ManifestSchema.violations(ManifestSchema.documents(yaml.replaceFirst("kind: Ingress", "kind: Ingres"))))
                .singleElement().asString().contains("no schema for networking.k8s.io/v1 Ingres");
    }

    @Test
    void compose_validates_offline_and_refuses_to_run_without_its_secrets() throws Exception {
        Map<String, String> env = Map.of("SURVEY_TICKET_SECRET", "x", "COUNTY_PASSWORD", "x", "FIRST_ADMIN_USERNAME",
                "x", "FIRST_BUREAU_ID", "x", "FIRST_ADMIN_PERSON_NO", "x", "FIRST_ADMIN_PASSWORD", "x");

        var valid = Commands.run(env, "docker-compose", "-f", "docker-compose.yml", "config", "-q");
        var withoutSecrets = Commands.run(Map.of(), "docker-compose", "-f", "docker-compose.yml", "config", "-q");

        assertThat(valid.exitCode()).as(valid.output()).isZero();
        assertThat(withoutSecrets.exitCode()).isNotZero();
        assertThat(withoutSecrets.output()).contains("set SURVEY_TICKET_SECRET in .env");
    }
}
