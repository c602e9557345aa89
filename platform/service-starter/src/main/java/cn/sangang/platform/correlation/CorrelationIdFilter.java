package cn.sangang.platform.correlation;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the correlation id the gateway sends, or starts one, so the log lines of a request and its reply can
 * be matched with the gateway's.
 */
class CorrelationIdFilter extends OncePerRequestFilter {

    /** Named in {@code logging.pattern.correlation} of sangang-platform-defaults.yml. */
    static final String MDC_KEY = "correlationId";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = CorrelationIds.keepOrStart(request.getHeader(CorrelationIds.HEADER));
        response.setHeader(CorrelationIds.HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            // A pooled request thread would otherwise log the next request under this id.
            MDC.remove(MDC_KEY);
        }
    }
}
