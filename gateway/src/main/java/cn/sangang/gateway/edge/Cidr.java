package cn.sangang.gateway.edge;

import java.net.Inet4Address;
import java.net.InetAddress;

/** A network as {@code address/prefix-length} (IPv4 or IPv6; a bare address is a network of one). */
final class Cidr {

    private final byte[] network;
    private final int prefixLength;

    private Cidr(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** Refuses anything but a literal network, so a typo in the configuration stops the gateway from starting. */
    static Cidr parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length > 2) {
            throw invalid(text);
        }
        InetAddress address = IpLiteral.parse(parts[0]).orElseThrow(() -> invalid(text));
        int bits = address.getAddress().length * 8;
        int prefix;
        try {
            prefix = parts.length == 1 ? bits : Integer.parseInt(parts[1]);
        } catch (NumberFormatException notANumber) {
            throw invalid(text);
        }
        if (parts.length == 2 && address instanceof Inet4Address && parts[0].contains(":")) {
            // ::ffff:10.0.0.0/104 is 10.0.0.0/8.
            prefix -= 96;
        }
        if (prefix < 0 || prefix > bits) {
            throw invalid(text);
        }
        return new Cidr(address.getAddress(), prefix);
    }

    boolean contains(InetAddress candidate) {
        byte[] bytes = IpLiteral.normalize(candidate).getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefixLength; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("not a network address/prefix-length (e.g. 10.0.0.0/8, fd00::/8): " + text);
    }
}
