package cn.sangang.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import cn.sangang.platform.correlation.CorrelationIds;

/**
 * Gives every request a correlation id ({@link CorrelationIds}: the caller's if it is sane, else a new one), passes
 * it to the service that handles it and returns it to the caller, so one request can be followed through every log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter implements WebFilter {

    static final String ATTRIBUTE = CorrelationIdFilter.class.getName();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = CorrelationIds.keepOrStart(exchange.getRequest().getHeaders().getFirst(CorrelationIds.HEADER));
        exchange.getAttributes().put(ATTRIBUTE, id);
        exchange.getResponse().getHeaders().set(CorrelationIds.HEADER, id);
        ServerWebExchange forwarded = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(CorrelationIds.HEADER, id))).build();
        return chain.filter(forwarded);
    }
}
