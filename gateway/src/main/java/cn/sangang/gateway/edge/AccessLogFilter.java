package cn.sangang.gateway.edge;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One line per request: method, path without its query, status, time, account, client and correlation id, under the
 * request's trace id. Never headers, query strings or bodies, so no token or password reaches a log.
 *
 * <p>Trace context is restored onto the thread for this line only: restoring it on every operator of every request
 * ({@code context-propagation: auto}) was the largest cost of the gateway's profile under load.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AccessLogFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger("access");
    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        ServerHttpRequest request = exchange.getRequest();
        return Mono.deferContextual(context -> chain.filter(exchange).doFinally(signal -> {
            try (ContextSnapshot.Scope traced = SNAPSHOTS.setThreadLocalsFrom(context)) {
                log.info("{} {} {} {}ms account={} client={} correlation={}", request.getMethod(),
                        request.getPath().value(),
                        exchange.getResponse().getStatusCode() == null
                                ? "-"
                                : exchange.getResponse().getStatusCode().value(),
                        (System.nanoTime() - started) / 1_000_000,
                        exchange.getAttributeOrDefault(AccountStatusFilter.ACCOUNT_ATTRIBUTE, "-"),
                        ClientAddress.of(exchange), exchange.getAttribute(CorrelationIdFilter.ATTRIBUTE));
            }
        }));
    }
}
