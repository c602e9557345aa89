package cn.sangang.evaluation.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressPrefixTest {

    @Test
    void an_ipv4_address_is_its_own_network_by_default_and_its_block_with_a_shorter_prefix() {
        assertThat(AddressPrefix.of("203.0.113.7", 32)).contains("203.0.113.7/32");
        assertThat(AddressPrefix.of("203.0.113.7", 24)).contains("203.0.113.0/24");
        assertThat(AddressPrefix.of("203.0.113.200", 24)).isEqualTo(AddressPrefix.of("203.0.113.7", 24));
        assertThat(AddressPrefix.of("203.0.114.7", 24)).isNotEqualTo(AddressPrefix.of("203.0.113.7", 24));
    }

    @Test
    void two_ipv6_addresses_of_one_64_are_one_network_whatever_the_ipv4_prefix() {
        assertThat(AddressPrefix.of("2001:db8:1:2::1", 32)).contains("2001:db8:1:2:0:0:0:0/64");
        assertThat(AddressPrefix.of("2001:DB8:1:2:ffff:ffff:ffff:fffe", 24))
                .isEqualTo(AddressPrefix.of("2001:db8:1:2::1", 32));
        assertThat(AddressPrefix.of("2001:db8:1:3::1", 32)).isNotEqualTo(AddressPrefix.of("2001:db8:1:2::1", 32));
        assertThat(AddressPrefix.of("fe80::1%eth0", 32)).contains("fe80:0:0:0:0:0:0:0/64");
    }

    @Test
    void an_ipv4_mapped_ipv6_address_counts_as_its_ipv4_address() {
        assertThat(AddressPrefix.of("::ffff:203.0.113.7", 32)).contains("203.0.113.7/32");
    }

    @Test
    void anything_but_a_literal_address_is_no_network_and_is_never_looked_up() {
        for (String text : new String[]{null, "", "unknown", "localhost", "example.com", "203.0.113", "1.2.3.4.5",
                "256.1.1.1", "0x7f.1", "203.0.113.7:8080x", "[2001:db8::1]", "2001:db8::1::2", "::g",
                "1.2.3.4 , 5.6.7.8"}) {
            assertThat(AddressPrefix.of(text, 32)).as(String.valueOf(text)).isEmpty();
        }
    }

    @Test
    void refuses_an_ipv4_prefix_outside_8_to_32_bits() {
        assertThatThrownBy(() -> AddressPrefix.of("203.0.113.7", 33)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressPrefix.of("203.0.113.7", 7)).isInstanceOf(IllegalArgumentException.class);
    }
}
