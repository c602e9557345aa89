package cn.sangang.local;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * The infrastructure of the local system in one process: a KRaft Kafka broker and an H2-backed MongoDB-wire
 * store, both keeping their data under the given home directory, plus the development JWT keys.
 * Usage: {@code LocalInfra <home> <kafkaPort> <controllerPort> <mongoPort> [kafka|mongo]}; naming one part runs
 * only that one, so the fault drill can kill and restart the broker and the store separately.
 */
public final class LocalInfra {

    private LocalInfra() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args.length > 0 ? args[0] : ".local");
        int kafkaPort = args.length > 1 ? Integer.parseInt(args[1]) : 9092;
        int controllerPort = args.length > 2 ? Integer.parseInt(args[2]) : 9093;
        int mongoPort = args.length > 3 ? Integer.parseInt(args[3]) : 27017;
        String only = args.length > 4 ? args[4] : null;
        if (only != null && !only.equals("kafka") && !only.equals("mongo")) {
            throw new IllegalArgumentException("the fifth argument names one part, kafka or mongo, not " + only);
        }
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);

        JwtKeys.loadOrCreate(home.resolve("keys"));
        MongoWireStore mongo = "kafka".equals(only)
                ? null
                : MongoWireStore.onDisk(mongoPort, home.resolve("mongo/sangang.mv"));
        KafkaBroker kafka = "mongo".equals(only)
                ? null
                : KafkaBroker.on(kafkaPort, controllerPort, home.resolve("kafka")).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (kafka != null) {
                kafka.stop();
            }
            if (mongo != null) {
                mongo.close();
            }
            stopped.countDown();
        }, "local-infra-shutdown"));
        System.out.println("local-infra ready:" + (kafka == null ? "" : " kafka " + kafka.bootstrapServers())
                + (mongo == null ? "" : " mongodb " + mongo.connectionString()));
        stopped.await();
    }
}
