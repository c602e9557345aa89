package cn.sangang.platform.security;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cn.sangang.platform.problem.ProblemWriter;

/**
 * Every service checks the caller itself (defence in depth behind the gateway): a valid RS256 token, issued by
 * the configured issuer for the configured audience, on every request except the paths the service declares
 * public and the health probes.
 */
@AutoConfiguration
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class SecurityAutoConfiguration {

    @Bean
    SecurityFilterChain platformSecurity(HttpSecurity http, PlatformSecurityProperties properties, JwtDecoder decoder,
            ProblemWriter problems, Environment environment) throws Exception {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(CallerClaims.ROLES);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);

        List<String> open = new java.util.ArrayList<>(properties.publicPaths());
        // The OpenAPI document is public documentation; the gateway publishes it.
        open.addAll(List.of("/actuator/health", "/actuator/health/**", "/actuator/info", "/error", "/v3/api-docs",
                "/v3/api-docs/**", "/v3/api-docs.yaml"));
        // Metrics are scraped without a token only where the actuator has a port of its own, which no route and
        // no ingress reaches; on the application port they stay closed.
        if (ManagementPortType.get(environment) == ManagementPortType.DIFFERENT) {
            open.add("/actuator/prometheus");
        }
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(open.toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(forThisAudience(decoder, properties.jwt()))
                                .jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint((request, response, e) -> problems.write(request, response,
                                HttpServletResponse.SC_UNAUTHORIZED, "request.unauthenticated", Map.of()))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                HttpServletResponse.SC_FORBIDDEN, "request.forbidden", Map.of())))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint((request, response, e) -> problems.write(request,
                                response, HttpServletResponse.SC_UNAUTHORIZED, "request.unauthenticated", Map.of())));
        return http.build();
    }

    /**
     * The decoder Spring Boot configured (public key, JWKS or issuer URI) checks signature and lifetime; a token
     * signed by the same key for another audience, or by another issuer sharing it, is refused here as well.
     */
    static JwtDecoder forThisAudience(JwtDecoder decoder, PlatformSecurityProperties.Jwt expected) {
        OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithValidators(
                new JwtIssuerValidator(expected.issuer()), new JwtAudienceValidator(expected.audience()));
        return token -> {
            Jwt jwt = decoder.decode(token);
            OAuth2TokenValidatorResult result = validator.validate(jwt);
            if (result.hasErrors()) {
                throw new JwtValidationException(
                        "the token is not for this service: " + result.getErrors().iterator().next().getDescription(),
                        result.getErrors());
            }
            return jwt;
        };
    }

    @Bean
    FilterRegistrationBean<BureauParameterGuard> bureauParameterGuard(ProblemWriter problems) {
        return new FilterRegistrationBean<>(new BureauParameterGuard(problems));
    }

    @Bean
    WebMvcConfigurer callerArgumentResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
