package cn.sangang.platform.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.sangang.platform.problem.ProblemWriter;

/**
 * Refuses an authenticated request whose query names a bureau other than the token's: a client never
 * chooses its bureau.
 */
class BureauParameterGuard extends OncePerRequestFilter {

    private static final List<String> BUREAU_PARAMETERS = List.of("bureauId", "bureau");

    private final ProblemWriter problems;

    BureauParameterGuard(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            String own = token.getToken().getClaimAsString("bureau");
            for (String name : BUREAU_PARAMETERS) {
                String asked = request.getParameter(name);
                if (asked != null && !asked.equals(own)) {
                    problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "request.another-bureau",
                            Map.of());
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
