package cn.sangang.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressKeyTest {

    private static String key(String literal) {
        return ClientAddress.key(IpLiteral.parse(literal).orElseThrow());
    }

    @Test
    void ipv4_clients_are_counted_by_address() {
        assertThat(key("203.0.113.9")).isEqualTo("203.0.113.9").isNotEqualTo(key("203.0.113.10"));
    }

    @Test
    void ipv6_clients_are_counted_by_their_64() {
        assertThat(key("2001:db8:1:2::a")).isEqualTo(key("2001:db8:1:2:ffff:1:2:3")).isEqualTo("2001:db8:1:2::/64");
        assertThat(key("2001:db8:1:3::a")).isNotEqualTo(key("2001:db8:1:2::a"));
        assertThat(key("::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
    }
}
