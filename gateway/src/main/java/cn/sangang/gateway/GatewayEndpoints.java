package cn.sangang.gateway;

import static cn.sangang.platform.endpoint.Endpoint.anyMethod;
import static cn.sangang.platform.endpoint.Endpoint.get;
import static cn.sangang.platform.endpoint.Endpoint.post;
import static cn.sangang.platform.endpoint.Endpoint.put;
import static cn.sangang.platform.security.Role.ADMIN;
import static cn.sangang.platform.security.Role.LEADER;
import static cn.sangang.platform.security.Role.OFFICE;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.sangang.platform.endpoint.EndpointCatalogue;
import cn.sangang.platform.security.Role;

/**
 * Every endpoint the gateway serves itself — sessions, the bureau's accounts, the public keys — who may call it and
 * what it records in an account's history; published in its OpenAPI document as each operation's {@code x-roles} and
 * {@code x-audit-action}, like every service's. EndpointCatalogueTest holds it to the mappings and AuditTrailTest to
 * the histories.
 */
@Configuration(proxyBeanMethods = false)
class GatewayEndpoints {

    private static final Role[] ACCOUNT_READERS = {ADMIN, LEADER, OFFICE};

    static final EndpointCatalogue CATALOGUE = EndpointCatalogue.of("gateway",
            post("/auth/login").publicly().unaudited("opens a session and changes no account; when wrong passwords from"
                    + " many addresses hold back unfamiliar ones, the account's history says so (account.login-throttled)"),
            post("/auth/refresh").publicly().unaudited("renews a session's tokens and changes no account; a used token"
                    + " presented again ends every session of the account, which its history records (account.refresh-reused)"),
            post("/auth/logout").publicly().unaudited("ends one session and changes no account"),
            post("/auth/password").by(Role.values()).audits("account.password-changed").note("one's own password"),
            get("/auth/me").by(Role.values()), get("/.well-known/jwks.json").publicly(),
            get("/api/accounts").by(ACCOUNT_READERS).note("of their own bureau"),
            get("/api/accounts/{id}").by(ACCOUNT_READERS).note("of their own bureau, with its history"),
            post("/api/accounts").by(ADMIN).audits("account.created"),
            put("/api/accounts/{id}/roles").by(ADMIN).audits("account.roles-granted")
                    .note("bureau roles only, never their own"),
            post("/api/accounts/{id}/disable").by(ADMIN).audits("account.disabled"),
            post("/api/accounts/{id}/enable").by(ADMIN).audits("account.enabled"),
            post("/api/accounts/{id}/reset-password").by(ADMIN).audits("account.password-reset"),
            anyMethod("/fallback/{service}").publicly()
                    .unaudited("the circuit breaker's answer for a service that did not answer; changes nothing"));

    @Bean
    EndpointCatalogue endpointCatalogue() {
        return CATALOGUE;
    }

    @Bean
    OpenApiCustomizer endpointCatalogueInTheDocument() {
        return openApi -> {
            if (openApi.getPaths() != null) {
                openApi.getPaths()
                        .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> CATALOGUE
                                .openApiExtensions(method.name(), path).forEach(operation::addExtension)));
            }
        };
    }
}
