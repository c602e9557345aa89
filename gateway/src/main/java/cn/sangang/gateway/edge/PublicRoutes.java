package cn.sangang.gateway.edge;

import java.util.List;

/**
 * Everything reachable without a token, and nothing else: login and renewal, the verification keys, the public
 * boards and plaque pages of the services, the API documentation, the health probes and the web client's files
 * (its page, which {@link WebClientPages} serves for every client address, and its assets).
 */
public final class PublicRoutes {

    public static final List<String> PATTERNS = List.of("/auth/login", "/auth/refresh", "/auth/logout",
            "/.well-known/jwks.json", "/public/**", "/api-docs/**", "/v3/api-docs/**", "/swagger-ui.html",
            "/swagger-ui/**", "/webjars/**", "/fallback/**", "/actuator/health", "/actuator/health/**", "/index.html",
            "/assets/**", "/favicon.ico");

    private PublicRoutes() {
    }
}
