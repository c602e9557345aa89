package cn.sangang.gateway.edge;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IP address literals as proxies write them, read without ever asking DNS: a header value is the client's text,
 * and {@link InetAddress#getByName} would look up anything that is not a literal.
 */
final class IpLiteral {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("([0-9.]+):\\d{1,5}");
    private static final Pattern IPV6_IN_BRACKETS = Pattern.compile("\\[([^]]*)](?::\\d{1,5})?");

    private IpLiteral() {
    }

    /**
     * One entry of X-Forwarded-For: an address, which some proxies write with a port ({@code 192.0.2.1:443},
     * {@code [2001:db8::1]:443}).
     */
    static Optional<InetAddress> parseHop(String text) {
        String hop = text.strip();
        Matcher v4WithPort = IPV4_WITH_PORT.matcher(hop);
        if (v4WithPort.matches()) {
            return parse(v4WithPort.group(1));
        }
        Matcher v6InBrackets = IPV6_IN_BRACKETS.matcher(hop);
        if (v6InBrackets.matches()) {
            return parse(v6InBrackets.group(1)).filter(address -> v6InBrackets.group(1).contains(":"));
        }
        return parse(hop);
    }

    /** A bare IPv4 address in dotted-quad form or a bare IPv6 address; nothing else, and no name. */
    static Optional<InetAddress> parse(String text) {
        String literal = text.strip();
        Matcher v4 = IPV4.matcher(literal);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(v4.group(i + 1));
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(byAddress(bytes));
        }
        if (IPV6.matcher(literal).matches() && literal.contains(":")) {
            try {
                // In brackets the JDK reads the text as an IPv6 literal or refuses it; it never resolves a name.
                return Optional.of(normalize(InetAddress.getByName("[" + literal + "]")));
            } catch (UnknownHostException notALiteral) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** An IPv4-mapped IPv6 address ({@code ::ffff:a.b.c.d}) is the IPv4 address it carries. */
    static InetAddress normalize(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            boolean mapped = bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
            for (int i = 0; i < 10 && mapped; i++) {
                mapped = bytes[i] == 0;
            }
            if (mapped) {
                return byAddress(new byte[]{bytes[12], bytes[13], bytes[14], bytes[15]});
            }
        }
        return address;
    }

    private static Inet4Address byAddress(byte[] bytes) {
        try {
            return (Inet4Address) InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
