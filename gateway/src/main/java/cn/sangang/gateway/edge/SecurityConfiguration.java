package cn.sangang.gateway.edge;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWK;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoders;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import cn.sangang.gateway.account.Accounts;
import cn.sangang.gateway.auth.JwtProperties;
import cn.sangang.gateway.auth.SigningKeys;
import cn.sangang.platform.correlation.CorrelationIds;

/**
 * Who gets in: a valid token everywhere but the public routes, from an account that is still enabled. Roles and
 * bureau data are then checked again by each service.
 */
@Configuration
class SecurityConfiguration {

    /**
     * An address the security firewall refuses (a ";", an encoded slash, "..") is answered like every other refusal,
     * not with an empty 400.
     */
    @Bean
    ServerExchangeRejectedHandler rejectedAddresses() {
        return (exchange, rejected) -> ProblemResponses.write(exchange,
                new Problem(HttpStatus.BAD_REQUEST, "request.malformed-address", Map.of()));
    }

    @Bean
    SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder, Accounts accounts,
            EdgeProperties edge, JwtProperties jwt, Environment environment) {
        // Metrics are scraped without a token only where the actuator has a port of its own, which the ingress
        // does not reach; on the public port they stay closed.
        boolean scrapeOpen = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        // Stateless: a token on each request, so no web session is looked up for a security context or a saved
        // request, and no /logout matcher runs (sessions end at /api/auth/logout). The session lookup moved every
        // request onto Reactor's parallel threads: 14-16% of the gateway's CPU in its profile (docs/benchmarks.md).
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable).httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable).logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .cors(cors -> cors.configurationSource(cors(edge))).authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(PublicRoutes.PATTERNS.toArray(String[]::new)).permitAll();
                    if (scrapeOpen) {
                        exchanges.pathMatchers("/actuator/prometheus").permitAll();
                    }
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(server -> server.bearerTokenConverter(tokensOutsidePublicRoutes())
                        .jwt(spec -> spec.jwtDecoder(decoder))
                        .authenticationEntryPoint((exchange, e) -> ProblemResponses.write(exchange,
                                Problem.unauthorized("request.unauthenticated")))
                        .accessDeniedHandler((exchange, e) -> ProblemResponses.write(exchange,
                                Problem.forbidden("request.forbidden"))))
                .addFilterAfter(new AccountStatusFilter(accounts, jwt.issuer()), SecurityWebFiltersOrder.AUTHORIZATION)
                .build();
    }

    /**
     * A public route ignores any bearer token: a web client still holding an expired one must be able to refresh
     * its session or read a public board.
     */
    private static ServerAuthenticationConverter tokensOutsidePublicRoutes() {
        ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
        List<PathPattern> open = PublicRoutes.PATTERNS.stream().map(PathPatternParser.defaultInstance::parse).toList();
        return exchange -> open.stream()
                .anyMatch(p -> p.matches(exchange.getRequest().getPath().pathWithinApplication()))
                        ? Mono.empty()
                        : bearer.convert(exchange);
    }

    /** Our own tokens by our keys, or — set {@code sangang.gateway.jwt.oidc-issuer-uri} — an external OIDC issuer's. */
    @Bean
    ReactiveJwtDecoder jwtDecoder(JwtProperties properties, SigningKeys keys) {
        if (properties.trustsExternalIssuer()) {
            return ReactiveJwtDecoders.fromIssuerLocation(properties.oidcIssuerUri());
        }
        List<JWK> published = keys.publicSet().getKeys();
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(
                jwt -> Flux.fromIterable(published).filter(key -> key.getKeyID().equals(jwt.getHeader().getKeyID())))
                .build();
        // Signed by our key is not enough: the token must also be issued here, for the services, as they demand.
        decoder.setJwtValidator(
                new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuer()),
                        new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                                audience -> audience != null && audience.contains(properties.audience()))));
        return decoder;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    private static UrlBasedCorsConfigurationSource cors(EdgeProperties edge) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(edge.corsOrigins());
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        config.setAllowedHeaders(List.of("Authorization", "Content-Type", CorrelationIds.HEADER));
        config.setExposedHeaders(List.of(CorrelationIds.HEADER, "Retry-After"));
        config.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", config);
        return source;
    }
}
