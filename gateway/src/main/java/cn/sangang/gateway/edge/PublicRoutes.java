package cn.sangang.gateway.edge;

import java.util.List;

/**
 * Everything reachable without a token, and nothing else: login and renewal, the verification keys, the public
 * boards and plaque pages of the services, the API documentation and the health probes.
 */
public final class PublicRoutes {

    public static final List<String> PATTERNS = List.of(
        "/auth/login",
        "/auth/refresh",
        "/auth/logout",
        "/.well-known/jwks.json",
        "/public/**",
        "/api-docs/**",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/webjars/**",
        "/fallback/**",
        "/actuator/health",
        "/actuator/health/**");

    private PublicRoutes() {
    }
}
