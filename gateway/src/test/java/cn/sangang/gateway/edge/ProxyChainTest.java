package cn.sangang.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProxyChainTest {

    private static final ProxyChain INGRESS = ProxyChain.trusting(List.of("10.244.0.0/16", "fd00:10::/64"));

    private static InetAddress ip(String literal) {
        return IpLiteral.parse(literal).orElseThrow();
    }

    private static String clientOf(ProxyChain chain, String peer, String... forwardedFor) {
        return chain.clientOf(ip(peer), List.of(forwardedFor)).getHostAddress();
    }

    @Test
    void without_trusted_proxies_the_connection_is_the_client_whatever_the_headers_say() {
        ProxyChain none = ProxyChain.trusting(List.of());

        assertThat(clientOf(none, "198.51.100.7", "1.2.3.4")).isEqualTo("198.51.100.7");
        assertThat(clientOf(none, "10.244.1.5", "1.2.3.4")).isEqualTo("10.244.1.5");
    }

    @Test
    void a_peer_outside_the_trusted_networks_is_the_client_even_if_it_sends_forwarded_for() {
        assertThat(clientOf(INGRESS, "198.51.100.7", "203.0.113.9")).isEqualTo("198.51.100.7");
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_first_untrusted_entry_from_the_right() {
        assertThat(clientOf(INGRESS, "10.244.1.5", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(clientOf(INGRESS, "10.244.1.5", "203.0.113.9, 10.244.2.8")).isEqualTo("203.0.113.9");
    }

    @Test
    void spoofed_leftmost_entries_are_ignored() {
        assertThat(clientOf(INGRESS, "10.244.1.5", "1.2.3.4, 10.244.9.9, 203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(clientOf(INGRESS, "10.244.1.5", "1.2.3.4", "5.6.7.8, 203.0.113.9"))
                .as("several header lines read as one list").isEqualTo("203.0.113.9");
    }

    @Test
    void a_malformed_entry_ends_the_walk_at_the_last_address_a_trusted_proxy_vouched_for() {
        assertThat(clientOf(INGRESS, "10.244.1.5", "1.2.3.4, not-an-address")).isEqualTo("10.244.1.5");
        assertThat(clientOf(INGRESS, "10.244.1.5", "1.2.3.4, unknown, 10.244.2.8")).isEqualTo("10.244.2.8");
        assertThat(clientOf(INGRESS, "10.244.1.5", "")).isEqualTo("10.244.1.5");
        assertThat(clientOf(INGRESS, "10.244.1.5", "256.1.1.1")).isEqualTo("10.244.1.5");
        assertThat(clientOf(INGRESS, "10.244.1.5", "fe80::1%eth0")).isEqualTo("10.244.1.5");
        assertThat(clientOf(INGRESS, "10.244.1.5", "example.com")).as("never a name lookup").isEqualTo("10.244.1.5");
    }

    @Test
    void entries_with_ports_and_bracketed_ipv6_are_read() {
        assertThat(clientOf(INGRESS, "10.244.1.5", "203.0.113.9:4431")).isEqualTo("203.0.113.9");
        assertThat(clientOf(INGRESS, "10.244.1.5", "[2001:db8::7]:443")).isEqualTo(ip("2001:db8::7").getHostAddress());
        assertThat(clientOf(INGRESS, "10.244.1.5", "[203.0.113.9]")).as("brackets hold IPv6 only")
                .isEqualTo("10.244.1.5");
    }

    @Test
    void ipv6_proxies_and_clients_are_matched_by_prefix() {
        assertThat(clientOf(INGRESS, "fd00:10::5", "2001:db8:1:2::a"))
                .isEqualTo(ip("2001:db8:1:2::a").getHostAddress());
        assertThat(clientOf(INGRESS, "fd00:11::5", "2001:db8:1:2::a")).as("outside the trusted /64")
                .isEqualTo(ip("fd00:11::5").getHostAddress());
    }

    @Test
    void an_ipv4_mapped_ipv6_address_is_the_ipv4_address_it_carries() {
        assertThat(clientOf(INGRESS, "::ffff:10.244.1.5", "::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(Cidr.parse("::ffff:10.244.0.0/112").contains(ip("10.244.3.4"))).isTrue();
        assertThat(Cidr.parse("::ffff:10.244.0.0/112").contains(ip("10.245.3.4"))).isFalse();
    }

    @Test
    void networks_match_by_prefix_and_family() {
        assertThat(Cidr.parse("10.244.0.0/16").contains(ip("10.244.255.1"))).isTrue();
        assertThat(Cidr.parse("10.244.0.0/16").contains(ip("10.245.0.1"))).isFalse();
        assertThat(Cidr.parse("10.244.0.0/16").contains(ip("::a0f4:1"))).as("another family").isFalse();
        assertThat(Cidr.parse("0.0.0.0/0").contains(ip("203.0.113.9"))).isTrue();
        assertThat(Cidr.parse("10.1.2.3").contains(ip("10.1.2.3"))).isTrue();
        assertThat(Cidr.parse("10.1.2.3").contains(ip("10.1.2.4"))).isFalse();
        assertThat(Cidr.parse("2001:db8::/32").contains(ip("2001:db8:ffff::1"))).isTrue();
        assertThat(Cidr.parse("2001:db8::/32").contains(ip("2001:db9::1"))).isFalse();
        assertThat(Cidr.parse("10.0.0.0/9").contains(ip("10.127.0.1"))).isTrue();
        assertThat(Cidr.parse("10.0.0.0/9").contains(ip("10.128.0.1"))).isFalse();
    }

    @Test
    void a_malformed_trusted_network_stops_the_gateway_from_starting() {
        for (String bad : List.of("10.0.0.0/33", "2001:db8::/129", "10.0.0.0/-1", "10.0.0/8", "ingress/16",
                "10.0.0.0/x", "10.0.0.0/8/8", "10.0.0.1:80/32", "[fd00::]/8")) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> ProxyChain.trusting(List.of(bad)));
        }
    }
}
