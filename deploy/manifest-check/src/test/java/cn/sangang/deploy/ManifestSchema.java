package cn.sangang.deploy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * Checks rendered manifests against the typed Kubernetes (fabric8) and Strimzi models: an unknown apiVersion/kind,
 * a value of the wrong type, or a field the schema does not have — which these models would otherwise keep
 * quietly in their {@code additionalProperties} — is a violation, named by resource and path.
 */
final class ManifestSchema {

    static final Map<String, Class<?>> KINDS = Map.ofEntries(Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class), Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class), Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class), Map.entry("apps/v1/StatefulSet", StatefulSet.class),
            Map.entry("batch/v1/Job", Job.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class));

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private ManifestSchema() {
    }

    static List<JsonNode> documents(String yaml) throws java.io.IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = YAML.createParser(yaml)) {
            var values = YAML.readValues(parser, JsonNode.class);
            while (values.hasNext()) {
                JsonNode document = values.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    static List<String> violations(List<JsonNode> documents) {
        List<String> violations = new ArrayList<>();
        for (JsonNode document : documents) {
            String name = document.path("kind").asText() + "/" + document.path("metadata").path("name").asText();
            Class<?> type = KINDS.get(document.path("apiVersion").asText() + "/" + document.path("kind").asText());
            if (type == null) {
                violations.add(name + ": no schema for " + document.path("apiVersion").asText() + " "
                        + document.path("kind").asText());
                continue;
            }
            try {
                unknownFields(JSON.treeToValue(document, type), name, violations,
                        java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
            } catch (java.io.IOException | IllegalArgumentException wrongType) {
                violations.add(name + ": " + wrongType.getMessage().lines().findFirst().orElse(""));
            }
        }
        return violations;
    }

    private static boolean modelClass(Class<?> type) {
        String name = type.getPackageName();
        return name.startsWith("io.fabric8.kubernetes") || name.startsWith("io.strimzi.api");
    }

    private static void unknownFields(Object value, String path, List<String> violations, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", violations, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> unknownFields(item, path + "." + key, violations, seen));
            return;
        }
        if (value instanceof Enum<?> || !modelClass(value.getClass())) {
            return;
        }
        for (Class<?> c = value.getClass(); c != null && modelClass(c); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object fieldValue;
                try {
                    fieldValue = field.get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (field.getName().equals("additionalProperties")) {
                    if (fieldValue instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                        violations.add(path + ": unknown field(s) " + unknown.keySet());
                    }
                } else {
                    unknownFields(fieldValue, path + "." + field.getName(), violations, seen);
                }
            }
        }
    }
}
