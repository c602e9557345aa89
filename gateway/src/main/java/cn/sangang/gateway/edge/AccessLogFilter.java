package cn.sangang.gateway.edge;

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
 * One line per request: method, path without its query, status, time, account, client and correlation id.
 * Never headers, query strings or bodies, so no token or password reaches a log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AccessLogFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger("access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        ServerHttpRequest request = exchange.getRequest();
        return chain.filter(exchange).doFinally(signal -> log.info("{} {} {} {}ms account={} client={} correlation={}",
                request.getMethod(), request.getPath().value(),
                exchange.getResponse().getStatusCode() == null ? "-" : exchange.getResponse().getStatusCode().value(),
                (System.nanoTime() - started) / 1_000_000,
                exchange.getAttributeOrDefault(AccountStatusFilter.ACCOUNT_ATTRIBUTE, "-"), ClientAddress.of(exchange),
                exchange.getAttribute(CorrelationIdFilter.ATTRIBUTE)));
    }
}
