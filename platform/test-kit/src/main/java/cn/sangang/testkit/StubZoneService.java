package cn.sangang.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import cn.sangang.platform.zone.ZoneExample;
import cn.sangang.platform.zone.ZonePaths;

/**
 * A stand-in for a service behind the gateway or asked by another service: zone-service's membership answers and
 * names of units and bureaus per bureau (read from the caller's token), each in the shape of zone-service's own
 * example answer (zone-contract's {@link ZoneExample}, which zone-service's tests hold its real answers to), and
 * {@code 200 {"path": …}} for any other path. It keeps what it received and can be stopped and started again at the
 * same port to play an outage.
 */
public final class StubZoneService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ObjectNode PERSON = example(ZoneExample.PERSON);
    private static final ObjectNode LOOKUP = example(ZoneExample.PEOPLE_LOOKUP);
    private static final ObjectNode LOOKUP_PERSON = (ObjectNode) LOOKUP.path("people").get(0);
    private static final ObjectNode UNIT_MEMBERSHIP = example(ZoneExample.UNIT_MEMBERSHIP);
    private static final ObjectNode UNIT_MEMBER = (ObjectNode) UNIT_MEMBERSHIP.path("people").get(0);
    private static final ObjectNode PARTY_MEMBER = example(ZoneExample.PARTY_MEMBERS);
    private static final ObjectNode UNIT = example(ZoneExample.UNITS);
    private static final ObjectNode BUREAU = example(ZoneExample.BUREAU);

    /** A person of a stub roster. */
    public record Person(String personNo, String name, String unitCode, boolean partyMember, boolean active) {
    }

    /** A request as the stand-in received it (header names as the JDK server spells them, e.g. X-correlation-id). */
    public record Received(String method, String path, Map<String, List<String>> headers) {
    }

    private final int port = freePort();
    private final Map<String, Person> people = new ConcurrentHashMap<>();
    private final Map<String, String> heads = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> unitNames = new ConcurrentHashMap<>();
    private final Map<String, String> bureauNames = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    public StubZoneService() {
        start();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public StubZoneService person(String bureau, String personNo, String unitCode, boolean partyMember) {
        people.put(bureau + "/" + personNo, new Person(personNo, "姓名" + personNo, unitCode, partyMember, true));
        return this;
    }

    /** Makes {@code personNo} the head of {@code unitCode}, as the roster's units name their heads. */
    public StubZoneService head(String bureau, String unitCode, String personNo) {
        heads.put(bureau + "/" + personNo, unitCode);
        return this;
    }

    /** Names a unit of {@code bureau}, as zone-service's list of units answers it. */
    public StubZoneService unit(String bureau, String unitCode, String name) {
        unitNames.computeIfAbsent(bureau, b -> new ConcurrentHashMap<>()).put(unitCode, name);
        return this;
    }

    /** Names {@code bureau}; a bureau never named here is not answered at /api/zone/bureau, as if it had no name. */
    public StubZoneService bureau(String bureau, String name) {
        bureauNames.put(bureau, name);
        return this;
    }

    public StubZoneService left(String bureau, String personNo) {
        people.computeIfPresent(bureau + "/" + personNo,
                (k, p) -> new Person(p.personNo(), p.name(), p.unitCode(), p.partyMember(), false));
        return this;
    }

    public synchronized void start() {
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

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders())));
        byte[] request = exchange.getRequestBody().readAllBytes();
        String bureau = bureauOf(exchange.getRequestHeaders().getFirst("Authorization"));
        String key = path.substring(path.lastIndexOf('/') + 1);
        Object body = null;
        if (path.equals(ZonePaths.PEOPLE_LOOKUP) && exchange.getRequestMethod().equals("POST")) {
            body = lookup(bureau, JSON.readTree(request).path("personNos"));
        } else if (path.startsWith(prefix(ZonePaths.PERSON))) {
            Person person = people.get(bureau + "/" + key);
            body = person == null ? null : membership(bureau, person, PERSON);
        } else if (path.startsWith(prefix(ZonePaths.UNIT_MEMBERSHIP))) {
            List<JsonNode> members = new ArrayList<>();
            people.forEach((k, p) -> {
                if (k.startsWith(bureau + "/") && p.unitCode().equals(key) && p.active()) {
                    members.add(shaped(UNIT_MEMBER, "personNo", p.personNo(), "name", p.name(), "partyMember",
                            p.partyMember()));
                }
            });
            members.sort(Comparator.comparing(m -> m.path("personNo").asString()));
            body = members.isEmpty()
                    ? null
                    : shaped(UNIT_MEMBERSHIP, "unitCode", key, "unitName", "单位" + key, "people", members);
        } else if (path.equals(ZonePaths.PARTY_MEMBERS)) {
            body = people.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(bureau + "/") && e.getValue().partyMember()
                            && e.getValue().active())
                    .map(Map.Entry::getValue).sorted(Comparator.comparing(Person::personNo))
                    .map(p -> shaped(PARTY_MEMBER, "personNo", p.personNo(), "name", p.name(), "unitCode", p.unitCode(),
                            "unitName", "单位" + p.unitCode()))
                    .toList();
        } else if (path.equals(ZonePaths.UNITS)) {
            body = unitNames.getOrDefault(bureau, Map.of()).entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(u -> shaped(UNIT, "code", u.getKey(), "name", u.getValue())).toList();
        } else if (path.equals(ZonePaths.BUREAU) && bureauNames.containsKey(bureau)) {
            body = shaped(BUREAU, "id", bureau, "name", bureauNames.get(bureau));
        } else if (path.equals(ZonePaths.BUREAUS)) {
            body = bureauNames.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(b -> shaped(BUREAU, "id", b.getKey(), "name", b.getValue())).toList();
        } else {
            body = Map.of("path", path);
        }
        byte[] bytes = (body == null ? "{\"title\":\"Not found\",\"status\":404}" : JSON.writeValueAsString(body))
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                body == null ? "application/problem+json" : "application/json");
        String query = exchange.getRequestURI().getQuery();
        if (body != null && query != null && query.startsWith("streamForMillis=")) {
            streamSlowly(exchange, bytes, Long.parseLong(query.substring("streamForMillis=".length())));
            return;
        }
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The people asked for who are on the stub roster and the numbers that are not, each once in the order asked. */
    private JsonNode lookup(String bureau, JsonNode personNos) {
        List<JsonNode> found = new ArrayList<>();
        List<String> notOnRoster = new ArrayList<>();
        personNos.valueStream().map(JsonNode::asString).distinct().forEach(personNo -> {
            Person person = people.get(bureau + "/" + personNo);
            if (person == null) {
                notOnRoster.add(personNo);
            } else {
                found.add(membership(bureau, person, LOOKUP_PERSON));
            }
        });
        return shaped(LOOKUP, "people", found, "notOnRoster", notOnRoster);
    }

    private JsonNode membership(String bureau, Person person, ObjectNode example) {
        return shaped(example, "personNo", person.personNo(), "name", person.name(), "partyMember",
                person.partyMember(), "active", person.active(), "unitCode", person.unitCode(), "unitName",
                "单位" + person.unitCode(), "headOf", heads.get(bureau + "/" + person.personNo()));
    }

    /**
     * zone-service's example answer with this stand-in's values in its fields: every field the example has is
     * answered, with the example's value where the stand-in has none, and none it does not have.
     */
    private static ObjectNode shaped(ObjectNode example, Object... fieldsAndValues) {
        ObjectNode answer = example.deepCopy();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            String field = (String) fieldsAndValues[i];
            if (!example.has(field)) {
                throw new IllegalStateException("zone-service's example answer has no field " + field + ": " + example);
            }
            answer.set(field, JSON.valueToTree(fieldsAndValues[i + 1]));
        }
        return answer;
    }

    /** The example answer itself, or the first entry of an example list: the shape of one object answered. */
    private static ObjectNode example(ZoneExample example) {
        JsonNode json = JSON.readTree(example.json());
        return (ObjectNode) (json.isArray() ? json.get(0) : json);
    }

    /** A path template's fixed start, before its first variable. */
    private static String prefix(String template) {
        return template.substring(0, template.indexOf('{'));
    }

    /** Answers at once but sends the body over {@code millis}, as a long export streamed from the store does. */
    private static void streamSlowly(HttpExchange exchange, byte[] bytes, long millis) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        try {
            for (int part = 0; part < 10; part++) {
                Thread.sleep(millis / 10);
                exchange.getResponseBody().write(' ');
                exchange.getResponseBody().flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The stub trusts its callers' tokens without verifying them; only the bureau claim matters here. */
    private static String bureauOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return "";
        }
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(authorization.substring(7).split("\\.")[1]));
        return claims.path("bureau").asString("");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
