package cn.sangang.evaluation.survey.domain;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The network a client address stands for when ballots are counted: an IPv4 address, or its /24 where one office or
 * campus is to count as one source, and an IPv6 address's /64, the block one subscriber is handed whole and can pick
 * a fresh address from for every request. An IPv4-mapped IPv6 address counts as the IPv4 address it carries.
 */
public final class AddressPrefix {

    static final int IPV6_PREFIX_LENGTH = 64;
    private static final Pattern IPV4 = Pattern
            .compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private AddressPrefix() {
    }

    /**
     * The prefix of a literal address, written {@code 203.0.113.0/24} or {@code 2001:db8:1:2:0:0:0:0/64}; empty for
     * anything that is not a literal IPv4 or IPv6 address. Never looks a name up.
     *
     * @param ipv4PrefixLength how many leading bits of an IPv4 address name its network, 8 to 32
     */
    public static Optional<String> of(String address, int ipv4PrefixLength) {
        if (ipv4PrefixLength < 8 || ipv4PrefixLength > 32) {
            throw new IllegalArgumentException("an IPv4 prefix is 8 to 32 bits long, not " + ipv4PrefixLength);
        }
        if (address == null) {
            return Optional.empty();
        }
        String text = address.strip();
        // A scope (fe80::1%eth0) names the receiving interface, not the client.
        int scope = text.indexOf('%');
        if (scope > 0 && text.contains(":")) {
            text = text.substring(0, scope);
        }
        // Only strings that can be nothing but a literal reach InetAddress, which would look any other up by name.
        boolean v4 = IPV4.matcher(text).matches();
        if (!v4 && !(text.contains(":") && IPV6.matcher(text).matches())) {
            return Optional.empty();
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.getByName(text);
        } catch (UnknownHostException | SecurityException notALiteral) {
            return Optional.empty();
        }
        int length = parsed instanceof Inet4Address ? ipv4PrefixLength : IPV6_PREFIX_LENGTH;
        byte[] network = masked(parsed.getAddress(), length);
        try {
            return Optional.of(InetAddress.getByAddress(network).getHostAddress() + "/" + length);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static byte[] masked(byte[] address, int length) {
        byte[] network = Arrays.copyOf(address, address.length);
        for (int bit = length; bit < network.length * 8; bit++) {
            network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return network;
    }
}
