package cn.sangang.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import cn.sangang.local.KafkaBroker;
import cn.sangang.local.MongoWireStore;

/**
 * The MongoDB and Kafka that integration tests run against, started once per test JVM. Where Docker is available
 * they are real MongoDB and Kafka images (Testcontainers); elsewhere a real KRaft broker in this JVM and the
 * MongoDB-wire store. {@code SANGANG_TEST_INFRA=embedded|containers} forces one.
 */
public abstract sealed class TestInfrastructure permits TestInfrastructure.Containers, TestInfrastructure.Embedded {

    private static TestInfrastructure current;

    public static synchronized TestInfrastructure get() {
        if (current == null) {
            current = choose();
            current.start();
            String line = "[sangang test infrastructure] " + current.describe();
            System.out.println(line);
            System.err.println(line);
            Runtime.getRuntime().addShutdownHook(new Thread(current::shutdown, "test-infrastructure-shutdown"));
        }
        return current;
    }

    private static TestInfrastructure choose() {
        String forced = System.getenv().getOrDefault("SANGANG_TEST_INFRA", "").toLowerCase(Locale.ROOT);
        return switch (forced) {
            case "containers" -> new Containers();
            case "embedded" -> new Embedded();
            default -> DockerClientFactory.instance().isDockerAvailable() ? new Containers() : new Embedded();
        };
    }

    public abstract String describe();

    /** A connection string to a database of its own, so contexts do not see each other's indexes or data. */
    public String mongoUri(String database) {
        return mongoBase() + "/" + database;
    }

    public String freshMongoUri() {
        return mongoUri("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    abstract String mongoBase();

    public abstract String kafkaBootstrapServers();

    /** Makes the broker unreachable at its address, as a crash or network cut would. */
    public abstract void stopKafka();

    /** Brings the broker back at the same address. */
    public abstract void startKafka();

    abstract void start();

    abstract void shutdown();

    static final class Containers extends TestInfrastructure {

        private final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
        private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

        @Override
        public String describe() {
            return "Testcontainers: MongoDB " + mongo.getDockerImageName() + " (replica set), Kafka "
                    + kafka.getDockerImageName();
        }

        @Override
        String mongoBase() {
            String url = mongo.getReplicaSetUrl();
            return url.substring(0, url.lastIndexOf('/'));
        }

        @Override
        public String mongoUri(String database) {
            return mongo.getReplicaSetUrl(database);
        }

        @Override
        public String kafkaBootstrapServers() {
            return kafka.getBootstrapServers();
        }

        @Override
        public void stopKafka() {
            DockerClientFactory.instance().client().pauseContainerCmd(kafka.getContainerId()).exec();
        }

        @Override
        public void startKafka() {
            DockerClientFactory.instance().client().unpauseContainerCmd(kafka.getContainerId()).exec();
        }

        @Override
        void start() {
            mongo.start();
            kafka.start();
        }

        @Override
        void shutdown() {
            kafka.stop();
            mongo.stop();
        }
    }

    static final class Embedded extends TestInfrastructure {

        private MongoWireStore mongo;
        private KafkaBroker kafka;

        @Override
        public String describe() {
            return "embedded: in-process Kafka KRaft broker at " + kafka.bootstrapServers()
                    + " and mongo-java-server at " + mongo.connectionString() + " (no Docker found)";
        }

        @Override
        String mongoBase() {
            return mongo.connectionString();
        }

        @Override
        public String kafkaBootstrapServers() {
            return kafka.bootstrapServers();
        }

        @Override
        public void stopKafka() {
            kafka.stop();
        }

        @Override
        public void startKafka() {
            kafka.start();
        }

        @Override
        void start() {
            try {
                mongo = MongoWireStore.inMemory();
                kafka = KafkaBroker.onFreePorts(Files.createTempDirectory("sangang-kafka")).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void shutdown() {
            kafka.stop();
            mongo.close();
        }
    }
}
