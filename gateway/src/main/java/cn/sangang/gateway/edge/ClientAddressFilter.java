package cn.sangang.gateway.edge;

import java.net.InetAddress;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Works out each request's client address once, before any limit or log uses it, and hands it to the services in
 * {@value #HEADER}, replacing whatever a client sent under that name.
 * <p>
 * Only X-Forwarded-For from a trusted proxy counts ({@code sangang.gateway.edge.trusted-proxies}); the
 * {@code Forwarded} header never does, because ingress-nginx passes a client's {@code Forwarded} through unchanged
 * while it overwrites X-Forwarded-For. For the same reason the server must not rewrite the connection's address
 * from those headers itself: the gateway refuses to start unless {@code server.forward-headers-strategy} is
 * {@code none}. Client-sent {@code Forwarded} and {@code X-Forwarded-*} headers do not reach the services either:
 * with {@code spring.cloud.gateway.server.webflux.trusted-proxies} unset, Spring Cloud Gateway removes them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientAddressFilter implements WebFilter {

    /** The client address the gateway vouches for, as services read it. */
    static final String HEADER = "X-Sangang-Client-Address";

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String FORWARD_HEADERS_STRATEGY = "server.forward-headers-strategy";

    private final ProxyChain proxies;

    ClientAddressFilter(EdgeProperties edge, Environment environment) {
        String strategy = environment.getProperty(FORWARD_HEADERS_STRATEGY);
        if (!"none".equalsIgnoreCase(strategy)) {
            // Unset, Spring Boot turns native forwarding on by itself when it detects Kubernetes.
            throw new IllegalStateException(FORWARD_HEADERS_STRATEGY + " must be none, not " + strategy
                    + ": the server would take the client address from headers any client can send;"
                    + " set sangang.gateway.edge.trusted-proxies to the ingress controller's addresses instead");
        }
        this.proxies = ProxyChain.trusting(edge.trustedProxies());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        InetAddress peer = ClientAddress.peer(exchange);
        InetAddress client = peer == null
                ? null
                : proxies.clientOf(peer, exchange.getRequest().getHeaders().getOrEmpty(FORWARDED_FOR));
        if (client != null) {
            exchange.getAttributes().put(ClientAddress.ATTRIBUTE, client);
        }
        return chain.filter(exchange.mutate().request(request -> request.headers(headers -> {
            headers.remove(HEADER);
            if (client != null) {
                headers.set(HEADER, client.getHostAddress());
            }
        })).build());
    }
}
