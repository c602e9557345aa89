package cn.sangang.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a service behind the gateway: answers every path with 200 and what it received, knows the
 * roster entries it is given, and can be stopped and started again at the same port.
 */
final class StubService {

    record Received(String method, String path, Map<String, List<String>> headers) {
    }

    static final StubService ZONE = new StubService();

    private final int port = freePort();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> roster = new ConcurrentHashMap<>();
    private HttpServer server;

    private StubService() {
        start();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Puts a person on the roster of a bureau, as zone-service's membership endpoint would report it. */
    void onRoster(String bureau, String personNo, boolean active) {
        onRoster(bureau, personNo, active, true);
    }

    void onRoster(String bureau, String personNo, boolean active, boolean partyMember) {
        roster.put(bureau + "/" + personNo, "{\"personNo\":\"" + personNo + "\",\"name\":\"某\",\"partyMember\":"
            + partyMember + ",\"active\":" + active + ",\"unitCode\":\"u\",\"unitName\":\"单位\"}");
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders())));
        exchange.getRequestBody().readAllBytes();
        String body = "{\"path\":\"" + path + "\"}";
        int status = 200;
        if (path.startsWith("/api/zone/membership/people/")) {
            String personNo = path.substring(path.lastIndexOf('/') + 1);
            String bureau = bureauOf(exchange.getRequestHeaders().getFirst("Authorization"));
            body = roster.getOrDefault(bureau + "/" + personNo, "{\"title\":\"Not found\"}");
            status = roster.containsKey(bureau + "/" + personNo) ? 200 : 404;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The bureau claim of the bearer token, read without verification: the stub trusts the gateway. */
    private static String bureauOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return "";
        }
        String payload = new String(java.util.Base64.getUrlDecoder().decode(authorization.substring(7).split("\\.")[1]),
            StandardCharsets.UTF_8);
        int at = payload.indexOf("\"bureau\":\"");
        return at < 0 ? "" : payload.substring(at + 10, payload.indexOf('"', at + 10));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
