package cn.sangang.testkit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads topics from the beginning in the background, so tests can wait for what a service published. */
public final class EventCapture implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean open = true;

    private EventCapture(List<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG,
                "capture-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        consumer.subscribe(topics);
        poller = Thread.ofPlatform().daemon().name("event-capture").start(this::poll);
    }

    public static EventCapture of(String... topics) {
        return new EventCapture(List.of(topics));
    }

    private void poll() {
        try {
            while (open) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        } catch (WakeupException closing) {
            // close() interrupts the poll.
        } finally {
            consumer.close();
        }
    }

    /** The envelopes (as JSON) of one bureau and event type seen so far. */
    public List<JsonNode> events(String bureauId, String type) {
        return records.stream().map(EventCapture::parseOrNull)
                .filter(node -> node != null && bureauId.equals(node.path("bureauId").asString(null))
                        && type.equals(node.path("type").asString(null)))
                .toList();
    }

    public List<JsonNode> awaitEvents(String bureauId, String type, int count) {
        return awaitEvents(bureauId, type, count, Duration.ofSeconds(30));
    }

    public List<JsonNode> awaitEvents(String bureauId, String type, int count, Duration timeout) {
        await().atMost(timeout).until(() -> events(bureauId, type).size() >= count);
        return events(bureauId, type);
    }

    public ConsumerRecord<String, String> awaitRecord(Predicate<ConsumerRecord<String, String>> predicate) {
        await().atMost(Duration.ofSeconds(30)).until(() -> records.stream().anyMatch(predicate));
        return records.stream().filter(predicate).findFirst().orElseThrow();
    }

    private static JsonNode parseOrNull(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** Publishes a raw record, as another service (or a broken one) would. */
    public static void send(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    @Override
    public void close() {
        open = false;
        consumer.wakeup();
        try {
            poller.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
