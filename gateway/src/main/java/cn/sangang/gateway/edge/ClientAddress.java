package cn.sangang.gateway.edge;

import java.net.InetSocketAddress;

import org.springframework.web.server.ServerWebExchange;

/**
 * The client's address as the server sees it. Behind an ingress, {@code server.forward-headers-strategy=native}
 * makes that the address the ingress reports; never trust forwarding headers without it.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
