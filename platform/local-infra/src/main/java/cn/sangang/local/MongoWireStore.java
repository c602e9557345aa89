package cn.sangang.local;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-wire-compatible store (mongo-java-server) for machines without a MongoDB server. Services talk to
 * it with the ordinary MongoDB driver; nothing in their code knows it is not MongoDB.
 */
public final class MongoWireStore implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private MongoWireStore(MongoBackend backend, int port) {
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        this.address = server.getLocalAddress();
    }

    /** Keeps data and indexes in an H2 file, so the local system survives restarts. */
    public static MongoWireStore onDisk(int port, Path file) throws java.io.IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return new MongoWireStore(new H2Backend(file.toAbsolutePath().toString()), port);
    }

    public static MongoWireStore inMemory() {
        return new MongoWireStore(new MemoryBackend(), 0);
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
