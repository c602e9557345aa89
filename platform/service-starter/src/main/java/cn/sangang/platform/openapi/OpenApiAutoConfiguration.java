package cn.sangang.platform.openapi;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import cn.sangang.platform.endpoint.EndpointCatalogue;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.PlatformSecurityProperties;

/**
 * The OpenAPI document every service serves at {@code /v3/api-docs}, which the gateway publishes: titled by
 * {@code spring.application.name}, described by {@code springdoc.open-api.info.description} of the service, and
 * declaring the bearer token that everything but the public paths needs, so Swagger UI can send one; with the
 * service's {@link EndpointCatalogue}, each operation's roles and audit action.
 */
@AutoConfiguration
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class OpenApiAutoConfiguration {

    private static final String BEARER_JWT = "bearer-jwt";

    static {
        // The caller comes from the token (CallerArgumentResolver); it is no request parameter a client sends.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI platformOpenApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI().info(new Info().title(service).version("v1"))
                // Relative, so "try it out" in the gateway's Swagger UI goes through the gateway, never around it.
                .addServersItem(new Server().url("/").description("through the gateway"))
                .components(new Components().addSecuritySchemes(BEARER_JWT,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_JWT));
    }

    @Bean
    OpenApiCustomizer publicPathsNeedNoToken(PlatformSecurityProperties security) {
        List<PathPattern> open = security.publicPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (open.stream().anyMatch(pattern -> pattern.matches(PathContainer.parsePath(path)))) {
                // An empty requirement overrides the document's bearer requirement for this operation.
                item.readOperations().forEach(operation -> operation.setSecurity(List.of()));
            }
        });
    }

    @Bean
    @ConditionalOnBean(EndpointCatalogue.class)
    OpenApiCustomizer endpointCatalogueInTheDocument(EndpointCatalogue catalogue) {
        return new EndpointCatalogueCustomizer(catalogue);
    }
}
