package cn.sangang.local;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * The infrastructure of the local system in one process: a KRaft Kafka broker and an H2-backed MongoDB-wire
 * store, both keeping their data under the given home directory, plus the development JWT keys.
 * Usage: {@code LocalInfra <home> <kafkaPort> <controllerPort> <mongoPort>}.
 */
public final class LocalInfra {

    private LocalInfra() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args.length > 0 ? args[0] : ".local");
        int kafkaPort = args.length > 1 ? Integer.parseInt(args[1]) : 9092;
        int controllerPort = args.length > 2 ? Integer.parseInt(args[2]) : 9093;
        int mongoPort = args.length > 3 ? Integer.parseInt(args[3]) : 27017;
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);

        JwtKeys.loadOrCreate(home.resolve("keys"));
        MongoWireStore mongo = MongoWireStore.onDisk(mongoPort, home.resolve("mongo/sangang.mv"));
        KafkaBroker kafka = KafkaBroker.on(kafkaPort, controllerPort, home.resolve("kafka")).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            mongo.close();
            stopped.countDown();
        }, "local-infra-shutdown"));
        System.out.println("local-infra ready: kafka " + kafka.bootstrapServers() + ", mongodb " + mongo.connectionString());
        stopped.await();
    }
}
