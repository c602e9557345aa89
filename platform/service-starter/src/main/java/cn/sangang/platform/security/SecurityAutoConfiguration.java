package cn.sangang.platform.security;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cn.sangang.platform.problem.ProblemWriter;

/**
 * Every service checks the caller itself (defence in depth behind the gateway): a valid RS256 token on every
 * request except the paths the service declares public and the health probes.
 */
@AutoConfiguration
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class SecurityAutoConfiguration {

    @Bean
    SecurityFilterChain platformSecurity(HttpSecurity http, PlatformSecurityProperties properties,
                                         ProblemWriter problems, Environment environment) throws Exception {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);

        List<String> open = new java.util.ArrayList<>(properties.publicPaths());
        // The OpenAPI document is public documentation; the gateway publishes it.
        open.addAll(List.of("/actuator/health", "/actuator/health/**", "/actuator/info", "/error",
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml"));
        // Metrics are scraped without a token only where the actuator has a port of its own, which no route and
        // no ingress reaches; on the application port they stay closed.
        if (ManagementPortType.get(environment) == ManagementPortType.DIFFERENT) {
            open.add("/actuator/prometheus");
        }
        http.csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(open.toArray(String[]::new)).permitAll()
                .anyRequest().authenticated())
            .oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                .authenticationEntryPoint((request, response, e) -> problems.write(request, response,
                    HttpServletResponse.SC_UNAUTHORIZED, "Not authenticated", "a valid bearer token is required"))
                .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                    HttpServletResponse.SC_FORBIDDEN, "Forbidden", "this account may not do that")))
            .exceptionHandling(handling -> handling
                .authenticationEntryPoint((request, response, e) -> problems.write(request, response,
                    HttpServletResponse.SC_UNAUTHORIZED, "Not authenticated", "a valid bearer token is required")));
        return http.build();
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
