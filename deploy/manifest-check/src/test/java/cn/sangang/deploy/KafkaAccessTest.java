package cn.sangang.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.sangang.events.Topics;

/**
 * Each app reaches Kafka only as its own user, over TLS with SCRAM, and that user may write exactly the topics
 * the app's code publishes (and the dead-letter topics of those it reads), read exactly the topics its listeners
 * read, and join only its own consumer groups: a compromised pod of one service cannot forge another's events.
 */
class KafkaAccessTest {

    static final List<String> APPS = List.of("gateway", "zone-service", "post-service", "pledge-service",
            "evaluation-service");
    private static final Set<String> TOPIC_OPERATIONS = Set.of("Read", "Write", "Describe");

    private static Map<String, KafkaUse> code;

    @BeforeAll
    static void readTheCode() throws IOException {
        code = new HashMap<>();
        for (String app : APPS) {
            code.put(app, KafkaUse.of(app));
        }
    }

    record Acl(String resourceType, String name, String patternType, Set<String> operations) {

        static Acl of(JsonNode rule) {
            Set<String> operations = new TreeSet<>();
            rule.path("operations").forEach(o -> operations.add(o.asText()));
            if (rule.has("operation")) {
                operations.add(rule.path("operation").asText());
            }
            return new Acl(rule.path("resource").path("type").asText(), rule.path("resource").path("name").asText(),
                    rule.path("resource").path("patternType").asText("literal"), operations);
        }

        boolean covers(String group) {
            return patternType.equals("prefix") ? group.startsWith(name) : group.equals(name);
        }
    }

    static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    }

    static JsonNode userOf(List<JsonNode> documents, String app) {
        List<JsonNode> users = ofKind(documents, "KafkaUser").stream()
                .filter(u -> u.path("metadata").path("name").asText().equals(app)).toList();
        assertThat(users).as("the KafkaUser of " + app).hasSize(1);
        return users.getFirst();
    }

    static List<Acl> aclsOf(JsonNode user) {
        List<Acl> acls = new java.util.ArrayList<>();
        user.path("spec").path("authorization").path("acls").forEach(rule -> {
            assertThat(rule.path("type").asText("allow")).isEqualTo("allow");
            assertThat(rule.path("host").asText("*")).isEqualTo("*");
            acls.add(Acl.of(rule));
        });
        return acls;
    }

    static Set<String> topicsWith(List<Acl> acls, String operation) {
        return acls.stream().filter(a -> a.resourceType().equals("topic") && a.operations().contains(operation))
                .map(Acl::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void each_topic_is_published_in_the_code_by_its_declared_publisher_only() {
        for (String app : APPS) {
            Set<String> declared = Topics.PUBLISHER.entrySet().stream().filter(e -> e.getValue().equals(app))
                    .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));

            assertThat(code.get(app).published()).as(app + " publishes (Topics.PUBLISHER)").isEqualTo(declared);
        }
        assertThat(code.get("zone-service").published()).contains(Topics.ROSTER);
        assertThat(code.get("evaluation-service").published()).contains(Topics.EVALUATION);
        assertThat(code.get("evaluation-service").consumed()).contains(Topics.POST, Topics.ZONE, Topics.PLEDGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void each_app_may_write_what_it_publishes_and_read_what_it_consumes_and_nothing_else(String overlay)
            throws Exception {
        List<JsonNode> documents = ManifestsTest.rendered(overlay);

        assertThat(ofKind(documents, "KafkaUser")).extracting(u -> u.path("metadata").path("name").asText())
                .containsExactlyInAnyOrderElementsOf(APPS);
        for (String app : APPS) {
            KafkaUse use = code.get(app);
            JsonNode user = userOf(documents, app);
            List<Acl> acls = aclsOf(user);
            Set<String> writes = new TreeSet<>(use.published());
            use.consumed().forEach(topic -> writes.add(Topics.deadLetter(topic)));

            assertThat(user.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo("sangang");
            assertThat(user.path("spec").path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
            assertThat(user.path("spec").path("authorization").path("type").asText()).isEqualTo("simple");
            assertThat(topicsWith(acls, "Write")).as(app + " writes: what it publishes, and the DLTs of what it reads")
                    .isEqualTo(writes);
            assertThat(topicsWith(acls, "Read")).as(app + " reads").isEqualTo(use.consumed());
            assertThat(acls).as(app + ": topics named one by one, no Create, Delete, Alter or cluster rights")
                    .allSatisfy(acl -> {
                        assertThat(acl.resourceType()).isIn("topic", "group");
                        if (acl.resourceType().equals("topic")) {
                            assertThat(acl.patternType()).isEqualTo("literal");
                            assertThat(TOPIC_OPERATIONS).containsAll(acl.operations());
                        } else {
                            assertThat(acl.operations()).containsExactly("Read");
                        }
                    });
            List<Acl> groupAcls = acls.stream().filter(a -> a.resourceType().equals("group")).toList();
            assertThat(use.groups()).as(app + " joins its groups").allSatisfy(
                    group -> assertThat(groupAcls).anySatisfy(acl -> assertThat(acl.covers(group)).isTrue()));
            for (String other : APPS) {
                if (!other.equals(app)) {
                    assertThat(code.get(other).groups()).as(app + " cannot join the groups of " + other).allSatisfy(
                            group -> assertThat(groupAcls).noneSatisfy(acl -> assertThat(acl.covers(group)).isTrue()));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kafka_takes_only_authenticated_tls_connections_and_apps_reach_only_those(String overlay) throws Exception {
        List<JsonNode> documents = ManifestsTest.rendered(overlay);
        JsonNode kafka = ofKind(documents, "Kafka").getFirst().path("spec").path("kafka");
        Set<String> ports = new HashSet<>();

        assertThat(kafka.path("listeners")).isNotEmpty().allSatisfy(listener -> {
            assertThat(listener.path("tls").asBoolean()).as(listener.path("name").asText() + " uses TLS").isTrue();
            assertThat(listener.path("authentication").path("type").asText()).isIn("scram-sha-512", "tls");
            assertThat(listener.path("type").asText()).isEqualTo("internal");
            ports.add(listener.path("port").asText());
        });
        assertThat(kafka.path("authorization").path("type").asText()).isEqualTo("simple");
        assertThat(kafka.path("authorization").path("superUsers")).as("no super user but Strimzi's own").isEmpty();
        assertThat(ofKind(documents, "NetworkPolicy"))
                .allSatisfy(policy -> policy.path("spec").path("egress").forEach(rule -> {
                    if (rule.path("to").findValuesAsText("strimzi.io/kind").contains("Kafka")) {
                        assertThat(rule.path("ports").findValuesAsText("port")).as("app egress to Kafka").isNotEmpty()
                                .allSatisfy(port -> assertThat(ports).contains(port));
                    }
                }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void each_app_connects_as_its_own_user_and_cannot_read_another_apps_credentials(String overlay) throws Exception {
        List<JsonNode> documents = ManifestsTest.rendered(overlay);
        JsonNode listener = ofKind(documents, "Kafka").getFirst().path("spec").path("kafka").path("listeners").get(0);

        for (String app : APPS) {
            JsonNode pod = ofKind(documents, "Deployment").stream()
                    .filter(d -> d.path("metadata").path("name").asText().equals(app)).findFirst().orElseThrow()
                    .path("spec").path("template").path("spec");
            JsonNode container = pod.path("containers").get(0);
            Map<String, String> env = environment(documents, container);

            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).as(app)
                    .isEqualTo("sangang-kafka-bootstrap:" + listener.path("port").asText());
            assertThat(env).as(app).containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                    .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512")
                    .containsEntry("SPRING_KAFKA_SSL_TRUST_STORE_TYPE", "PEM")
                    .containsEntry("SPRING_KAFKA_ADMIN_AUTO_CREATE", "false");
            assertThat(secretKey(container, "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")).as(app)
                    .isEqualTo(app + "/sasl.jaas.config");
            assertThat(secretKey(container, "SPRING_KAFKA_SSL_TRUST_STORE_CERTIFICATES")).as(app)
                    .isEqualTo("sangang-cluster-ca-cert/ca.crt");
            Set<String> kafkaSecrets = new TreeSet<>(pod.findValuesAsText("secretName"));
            container.findValues("secretKeyRef").forEach(ref -> kafkaSecrets.add(ref.path("name").asText()));
            container.path("envFrom").forEach(from -> kafkaSecrets.add(from.path("secretRef").path("name").asText()));
            kafkaSecrets.retainAll(APPS);
            assertThat(kafkaSecrets).as(app + " mounts only its own Kafka user's Secret").containsExactly(app);
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true))
                    .as(app + " has no API token with which to read another Secret").isFalse();
        }
        assertThat(documents).extracting(d -> d.path("kind").asText())
                .as("no RBAC grants an app's service account access to Secrets")
                .doesNotContain("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");
    }

    /** The container's literal environment: its ConfigMaps in order (a later one wins), then its own values. */
    private static Map<String, String> environment(List<JsonNode> documents, JsonNode container) {
        Map<String, String> env = new HashMap<>();
        container.path("envFrom").forEach(from -> {
            String name = from.path("configMapRef").path("name").asText();
            ofKind(documents, "ConfigMap").stream().filter(c -> c.path("metadata").path("name").asText().equals(name))
                    .forEach(c -> c.path("data").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText())));
        });
        container.path("env").forEach(e -> {
            if (e.has("value")) {
                env.put(e.path("name").asText(), e.path("value").asText());
            } else {
                env.remove(e.path("name").asText());
            }
        });
        return env;
    }

    private static String secretKey(JsonNode container, String variable) {
        for (JsonNode e : container.path("env")) {
            if (e.path("name").asText().equals(variable)) {
                JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                return ref.path("name").asText() + "/" + ref.path("key").asText();
            }
        }
        return null;
    }
}
