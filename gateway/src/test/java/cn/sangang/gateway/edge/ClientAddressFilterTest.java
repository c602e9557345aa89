package cn.sangang.gateway.edge;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ClientAddressFilterTest {

    private static final EdgeProperties EDGE = new EdgeProperties(List.of(), 10, 30, 120, List.of("10.244.0.0/16"));

    @Test
    void the_gateway_refuses_to_start_with_the_servers_own_forwarding_on_or_left_to_spring_boot() {
        for (String strategy : List.of("native", "framework", "NATIVE")) {
            assertThatIllegalStateException().as(strategy).isThrownBy(() -> new ClientAddressFilter(EDGE,
                    new MockEnvironment().withProperty("server.forward-headers-strategy", strategy)));
        }
        assertThatIllegalStateException().as("unset: Spring Boot turns native on in Kubernetes")
                .isThrownBy(() -> new ClientAddressFilter(EDGE, new MockEnvironment()));
        assertThatCode(() -> new ClientAddressFilter(EDGE,
                new MockEnvironment().withProperty("server.forward-headers-strategy", "none")))
                .doesNotThrowAnyException();
    }
}
