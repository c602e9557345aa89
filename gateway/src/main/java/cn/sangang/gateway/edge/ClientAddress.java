package cn.sangang.gateway.edge;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import org.springframework.web.server.ServerWebExchange;

/**
 * The client's address: the connection's, or behind trusted proxies the one they report ({@link ClientAddressFilter},
 * {@link ProxyChain}). Never a forwarding header a client could have written itself.
 */
public final class ClientAddress {

    /** Where {@link ClientAddressFilter} keeps the address it worked out for the request. */
    static final String ATTRIBUTE = ClientAddress.class.getName();

    private ClientAddress() {
    }

    public static String of(ServerWebExchange exchange) {
        InetAddress address = address(exchange);
        return address == null ? "unknown" : address.getHostAddress();
    }

    /**
     * What limits count by: an IPv4 address, or an IPv6 address's /64, because one IPv6 subscriber is handed a
     * whole /64 and could otherwise take a fresh address for every request.
     */
    public static String key(ServerWebExchange exchange) {
        InetAddress address = address(exchange);
        return address == null ? "unknown" : key(address);
    }

    static String key(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return prefix.append(":/64").toString();
    }

    /** Without the filter's answer (a request it has not seen yet), the connection's peer: never a header. */
    static InetAddress address(ServerWebExchange exchange) {
        InetAddress resolved = exchange.getAttribute(ATTRIBUTE);
        return resolved != null ? resolved : peer(exchange);
    }

    static InetAddress peer(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? null : IpLiteral.normalize(remote.getAddress());
    }
}
