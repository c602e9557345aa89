package cn.sangang.platform.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CorrelationIdFilterTest {

    @Test
    void the_correlation_id_is_in_the_mdc_only_while_the_request_is_handled() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/sample/audit");
        request.addHeader(CorrelationIds.HEADER, "gw-12345678");
        AtomicReference<String> during = new AtomicReference<>();

        new CorrelationIdFilter().doFilter(request, new MockHttpServletResponse(),
                (req, res) -> during.set(MDC.get(CorrelationIdFilter.MDC_KEY)));

        assertThat(during).hasValue("gw-12345678");
        assertThat(MDC.get(CorrelationIdFilter.MDC_KEY)).isNull();
    }
}
