package cn.sangang.gateway.edge;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who the client is behind trusted proxies. Each trusted proxy appends to X-Forwarded-For the address it was
 * connected from, so reading from the right, starting at the connection's own peer, every entry up to the first
 * one outside the trusted networks was written by a proxy we trust, and that first one is the client; everything
 * further left was written by the client and is ignored. With no trusted networks the connection's peer is the
 * client, whatever the headers say.
 */
final class ProxyChain {

    private final List<Cidr> trusted;

    private ProxyChain(List<Cidr> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    static ProxyChain trusting(List<String> networks) {
        return new ProxyChain(networks.stream().filter(n -> !n.isBlank()).map(Cidr::parse).toList());
    }

    boolean trusts(InetAddress address) {
        return trusted.stream().anyMatch(network -> network.contains(address));
    }

    /**
     * @param peer         the address the connection comes from
     * @param forwardedFor every X-Forwarded-For header line, in the order received
     */
    InetAddress clientOf(InetAddress peer, List<String> forwardedFor) {
        InetAddress client = IpLiteral.normalize(peer);
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(line -> hops.addAll(List.of(line.split(",", -1))));
        for (int i = hops.size() - 1; i >= 0 && trusts(client); i--) {
            Optional<InetAddress> hop = IpLiteral.parseHop(hops.get(i));
            if (hop.isEmpty()) {
                // A trusted proxy writes addresses; anything else came from beyond it, so the walk ends here, at
                // the last address a trusted proxy vouched for.
                break;
            }
            client = hop.get();
        }
        return client;
    }
}
