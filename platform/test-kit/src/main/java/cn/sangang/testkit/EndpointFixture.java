package cn.sangang.testkit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import cn.sangang.platform.endpoint.Endpoint;
import cn.sangang.platform.endpoint.EndpointCatalogue;

/**
 * A valid call of each endpoint of a service's catalogue, made of one bureau's real ids, and who rightfully makes it:
 * the one list of calls a service's tenancy, role and hostile-input sweeps send. Each call is made afresh, so one
 * that an accepted request used up (a person who left, a report published) is renewed before the next.
 */
public final class EndpointFixture {

    /**
     * Who rightfully calls an endpoint: a person holding roles, of the fixture's bureau unless another is named, or
     * the public (no token). The person is asked afresh for each call where a call uses them up (a member's ballot).
     */
    public record Caller(Supplier<String> person, List<String> roles, Supplier<String> bureau) {

        public static final Caller PUBLIC = new Caller(null, List.of(), null);

        public static Caller as(String person, String... roles) {
            return new Caller(() -> person, List.of(roles), null);
        }

        public static Caller as(Supplier<String> person, String... roles) {
            return new Caller(person, List.of(roles), null);
        }

        /** The same caller, of {@code other} bureau. */
        public Caller in(String other) {
            return new Caller(person, roles, () -> other);
        }

        /** The same caller, of the bureau {@code other} names at each call. */
        public Caller in(Supplier<String> other) {
            return new Caller(person, roles, other);
        }

        /** The bureau of the call: the caller's own, else the fixture's. */
        public String bureauOr(String fixtureBureau) {
            return bureau == null ? fixtureBureau : bureau.get();
        }

        public boolean isPublic() {
            return person == null;
        }

        /** The caller's token, of {@code fixtureBureau} unless the caller names another; null for the public. */
        public String token(String fixtureBureau) {
            return isPublic()
                    ? null
                    : TestTokens.token(bureauOr(fixtureBureau), person.get(), roles.toArray(String[]::new));
        }

        @Override
        public String toString() {
            return isPublic() ? "the public" : roles + (bureau == null ? "" : " of another bureau");
        }
    }

    /** One endpoint's valid call: its caller, its path with real ids, its body (null: none), and what renews it. */
    public record Entry(String endpoint, Caller caller, Supplier<String> path, Supplier<Object> body, Runnable renew) {

        public String method() {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }

        public boolean sendsBody() {
            return body != null;
        }

        public EndpointSweep.Call call() {
            return new EndpointSweep.Call(method(), path.get(), body == null ? null : body.get());
        }
    }

    private final String bureau;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public EndpointFixture(String bureau) {
        this.bureau = bureau;
    }

    /** A read of {@code path}, the same each time. */
    public EndpointFixture read(String endpoint, Caller caller, String path) {
        return add(endpoint, caller, () -> path, null, null);
    }

    /** A call of {@code path} with a body made afresh each time ({@code body} null: the endpoint takes none). */
    public EndpointFixture call(String endpoint, Caller caller, String path, Supplier<Object> body) {
        return add(endpoint, caller, () -> path, body, null);
    }

    /**
     * A call that uses up what it changes: {@code path} and {@code body} are asked afresh each time, and {@code renew}
     * makes a fresh resource after a request that was accepted.
     */
    public EndpointFixture call(String endpoint, Caller caller, Supplier<String> path, Supplier<Object> body,
            Runnable renew) {
        return add(endpoint, caller, path, body, renew);
    }

    private EndpointFixture add(String endpoint, Caller caller, Supplier<String> path, Supplier<Object> body,
            Runnable renew) {
        if (entries.put(endpoint, new Entry(endpoint, caller, path, body, renew)) != null) {
            throw new IllegalArgumentException(endpoint + " has two calls");
        }
        return this;
    }

    public Collection<Entry> entries() {
        return entries.values();
    }

    public Set<String> endpoints() {
        return entries.keySet();
    }

    public Entry entry(String endpoint) {
        Entry entry = entries.get(endpoint);
        if (entry == null) {
            throw new IllegalArgumentException(endpoint + " has no call in the fixture; it has " + entries.keySet());
        }
        return entry;
    }

    /** One fresh call of each endpoint {@code which} takes, in the fixture's order. */
    public Map<String, EndpointSweep.Call> calls(Predicate<String> which) {
        Map<String, EndpointSweep.Call> calls = new LinkedHashMap<>();
        entries.values().stream().filter(entry -> which.test(entry.endpoint()))
                .forEach(entry -> calls.put(entry.endpoint(), entry.call()));
        return calls;
    }

    /** The calls of the catalogue's bureau endpoints: every one that needs a token. */
    public Map<String, EndpointSweep.Call> bureauCalls(EndpointCatalogue catalogue) {
        return calls(endpoint -> catalogue.find(endpoint).map(listed -> !listed.open()).orElse(true));
    }

    /** The hostile-input targets: every state-changing endpoint's call, by its rightful caller. */
    public List<HostileSweep.Target> hostileTargets(EndpointCatalogue catalogue) {
        return entries.values().stream()
                .filter(entry -> catalogue.find(entry.endpoint()).map(Endpoint::changesState)
                        .orElse(!entry.method().equals("GET")))
                .map(entry -> new HostileSweep.Target(entry.endpoint(), entry.sendsBody(), () -> rightful(entry),
                        entry.renew()))
                .toList();
    }

    /**
     * A fresh call of {@code entry} by its rightful caller: the path first, since making it may choose the caller (a
     * member filing their first pledge), then the caller's token, then the body.
     */
    public HostileSweep.Call rightful(Entry entry) {
        String path = entry.path().get();
        String token = entry.caller().token(bureau);
        return new HostileSweep.Call(entry.caller().bureauOr(bureau), token, path,
                entry.body() == null ? null : entry.body().get());
    }

    /** Sends {@code entry}'s fresh call by its rightful caller to the service at {@code port}. */
    public Api.Response sendRightfully(int port, Entry entry) {
        HostileSweep.Call call = rightful(entry);
        return Api.at(port).as(call.token()).send(entry.method(), call.path(), call.validBody());
    }
}
