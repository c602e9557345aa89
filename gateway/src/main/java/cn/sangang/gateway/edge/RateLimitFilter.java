package cn.sangang.gateway.edge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits per client address ({@link ClientAddress#key}: IPv6 by /64) on login and on public writes (survey
 * answers), and per account on writes; over the limit is a 429 problem with Retry-After. Buckets live in this
 * replica's memory: with N replicas behind a balancer a client gets up to N times the limit (see docs/api.md).
 */
@Component
class RateLimitFilter implements WebFilter {

    private static final Duration PERIOD = Duration.ofMinutes(1);
    private static final int PRUNE_ABOVE = 100_000;

    private final EdgeProperties limits;
    private final Clock clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(EdgeProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpMethod method = exchange.getRequest().getMethod();
        String path = exchange.getRequest().getPath().value();
        boolean write = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                || method == HttpMethod.DELETE;
        if (!write) {
            return chain.filter(exchange);
        }
        if (path.equals("/auth/login")) {
            return limit(exchange, chain, "login:" + ClientAddress.key(exchange), limits.loginsPerMinute());
        }
        if (path.startsWith("/public/")) {
            return limit(exchange, chain, "public:" + ClientAddress.key(exchange), limits.publicWritesPerMinute());
        }
        return exchange.getPrincipal().map(principal -> Optional.of(((Authentication) principal).getName()))
                .defaultIfEmpty(Optional.empty())
                .flatMap(account -> account.isPresent()
                        ? limit(exchange, chain, "account:" + account.get(), limits.accountWritesPerMinute())
                        : chain.filter(exchange));
    }

    private Mono<Void> limit(ServerWebExchange exchange, WebFilterChain chain, String key, int perMinute) {
        Instant now = clock.instant();
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.entrySet().removeIf(e -> e.getValue().full(now));
        }
        TokenBucket bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(perMinute, PERIOD, now));
        long waitSeconds;
        synchronized (bucket) {
            waitSeconds = bucket.take(now);
        }
        if (waitSeconds > 0) {
            return ProblemResponses.write(exchange, new Problem(HttpStatus.TOO_MANY_REQUESTS, "edge.too-many-requests",
                    Map.of("seconds", waitSeconds), waitSeconds));
        }
        return chain.filter(exchange);
    }
}
