package cn.sangang.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import cn.sangang.events.EventType;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;

/**
 * What one app's code does with Kafka, read from its sources rather than restated: the topics of the events it
 * records through the outbox ({@code recorder.publish(document, EventTypes.X, ...)}), the topics its
 * {@code @KafkaListener}s read and their consumer groups (the listener id, as Spring Kafka uses it, else the
 * app's {@code spring.kafka.consumer.group-id}). A call this reader cannot interpret fails the check instead of
 * being skipped.
 */
record KafkaUse(String app, Set<String> published, Set<String> consumed, Set<String> groups) {

    private static final Pattern RECORDER = Pattern.compile("\\bChangeRecorder\\s+(\\w+)\\s*[,;)=]");
    private static final Pattern PUBLISH = Pattern.compile("\\.publish\\(\\s*\\w+\\s*,\\s*EventTypes\\.(\\w+)\\s*,");
    private static final Pattern LISTENER = Pattern.compile("@KafkaListener\\(([^)]*)\\)");
    private static final Pattern TOPICS = Pattern.compile("\\btopics\\s*=\\s*(\\{[^}]*}|[\\w.\"-]+)");
    private static final Pattern TOPIC = Pattern.compile("Topics\\.(\\w+)|\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*(?:\"([^\"]*)\"|(\\w+))");
    private static final Pattern GROUP_ID = Pattern.compile("\\bgroupId\\s*=\\s*(?:\"([^\"]*)\"|(\\w+))");
    private static final Pattern NOT_GROUP = Pattern.compile("\\bidIsGroup\\s*=\\s*false");
    private static final Pattern UNREAD = Pattern.compile("\\b(topicPattern|topicPartitions)\\s*=");

    private static final Path PLATFORM = Commands.ROOT.resolve("platform/service-starter/src/main/java");

    /**
     * The platform's own listeners, each with the property that switches it on in an app's application.yml; a
     * platform listener missing here fails the check, so none reads a topic unseen.
     */
    private static final Map<String, String> PLATFORM_LISTENERS = Map
            .of("cn/sangang/platform/messaging/SatisfactionReports.java", "/sangang/satisfaction/target-type");

    static KafkaUse of(String app) throws IOException {
        Path sources = Commands.ROOT.resolve(app).resolve("src/main/java");
        String defaultGroup = defaultGroup(app);
        Set<String> published = new TreeSet<>();
        Set<String> consumed = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        List<Path> files = new ArrayList<>(javaFiles(sources));
        files.addAll(platformListenersOf(app));
        for (Path file : files) {
            String code = Files.readString(file);
            Set<String> recorders = RECORDER.matcher(code).results().map(r -> r.group(1)).collect(Collectors.toSet());
            for (String recorder : recorders) {
                Matcher call = Pattern.compile("\\b" + recorder + "(\\.publish\\()").matcher(code);
                while (call.find()) {
                    Matcher publish = PUBLISH.matcher(code).region(call.start(1), code.length());
                    if (!publish.lookingAt()) {
                        throw new IllegalStateException("cannot tell which event " + file + " publishes at offset "
                                + call.start() + ": write " + recorder + ".publish(document, EventTypes.X, payload)");
                    }
                    published.add(((EventType<?>) constant(EventTypes.class, publish.group(1))).topic());
                }
            }
            Matcher listener = LISTENER.matcher(code);
            while (listener.find()) {
                String attributes = listener.group(1);
                if (UNREAD.matcher(attributes).find()) {
                    throw new IllegalStateException("cannot tell which topics " + file + " reads: " + attributes);
                }
                Matcher topics = TOPICS.matcher(attributes);
                if (!topics.find()) {
                    throw new IllegalStateException("a listener without topics in " + file + ": " + attributes);
                }
                Matcher topic = TOPIC.matcher(topics.group(1));
                while (topic.find()) {
                    consumed.add(
                            topic.group(1) != null ? (String) constant(Topics.class, topic.group(1)) : topic.group(2));
                }
                Matcher groupId = GROUP_ID.matcher(attributes);
                Matcher id = ID.matcher(attributes);
                if (groupId.find()) {
                    groups.add(value(groupId, code, file));
                } else if (id.find() && !NOT_GROUP.matcher(attributes).find()) {
                    groups.add(value(id, code, file));
                } else {
                    groups.add(defaultGroup);
                }
            }
        }
        return new KafkaUse(app, published, consumed, groups);
    }

    private static List<Path> javaFiles(Path sources) throws IOException {
        try (Stream<Path> walk = Files.walk(sources)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    /** The platform listeners the app's application.yml switches on. */
    private static List<Path> platformListenersOf(String app) throws IOException {
        JsonNode own = ManifestSchema
                .documents(Files.readString(Commands.ROOT.resolve(app).resolve("src/main/resources/application.yml")))
                .getFirst();
        List<Path> switchedOn = new ArrayList<>();
        for (Path file : javaFiles(PLATFORM)) {
            if (!LISTENER.matcher(Files.readString(file)).find()) {
                continue;
            }
            String source = PLATFORM.relativize(file).toString().replace('\\', '/');
            String property = PLATFORM_LISTENERS.get(source);
            if (property == null) {
                throw new IllegalStateException("a platform listener with no switch known to this check: " + file);
            }
            if (!own.at(property).isMissingNode()) {
                switchedOn.add(file);
            }
        }
        return switchedOn;
    }

    /** The app's {@code spring.kafka.consumer.group-id}, else the platform's default, placeholders resolved. */
    private static String defaultGroup(String app) throws IOException {
        JsonNode own = ManifestSchema
                .documents(Files.readString(Commands.ROOT.resolve(app).resolve("src/main/resources/application.yml")))
                .getFirst();
        JsonNode platform = ManifestSchema
                .documents(Files.readString(Commands.ROOT
                        .resolve("platform/service-starter/src/main/resources/sangang-platform-defaults.yml")))
                .getFirst();
        String group = own.at("/spring/kafka/consumer/group-id")
                .asText(platform.at("/spring/kafka/consumer/group-id").asText(""));
        return group.replace("${spring.application.name}", own.at("/spring/application/name").asText());
    }

    private static String value(Matcher attribute, String code, Path file) {
        if (attribute.group(1) != null) {
            return attribute.group(1);
        }
        Matcher constant = Pattern.compile("String\\s+" + attribute.group(2) + "\\s*=\\s*\"([^\"]*)\"").matcher(code);
        if (!constant.find()) {
            throw new IllegalStateException("cannot resolve " + attribute.group(2) + " in " + file);
        }
        return constant.group(1);
    }

    private static Object constant(Class<?> owner, String name) {
        try {
            return owner.getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(owner.getSimpleName() + "." + name + " is not a constant", e);
        }
    }
}
