package cn.sangang.gateway;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.EndpointCatalogues;

/**
 * {@link GatewayEndpoints} lists every endpoint the gateway maps itself, its OpenAPI document publishes their roles
 * and audit actions, and docs/roles.md shows them. (Whether the actions are true AuditTrailTest proves; the roles,
 * AccountAdministrationTest and the browser security sweep.)
 */
@GatewayTest
class EndpointCatalogueTest {

    /** springdoc's own pages and documents. */
    private static final List<String> SPRINGDOCS_OWN = List.of("/v3/api-docs", "/swagger-ui", "/webjars");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void the_catalogue_lists_every_endpoint_the_gateway_maps() {
        EndpointCatalogues.assertLists(GatewayEndpoints.CATALOGUE, mapped());
    }

    @Test
    void the_openapi_document_publishes_each_operations_roles_and_audit_action() {
        EndpointCatalogues.assertPublished(GatewayEndpoints.CATALOGUE, Api.at(port).get("/v3/api-docs").json());
    }

    @Test
    void docs_roles_md_shows_the_catalogue() {
        EndpointCatalogues.assertDocumented(GatewayEndpoints.CATALOGUE);
    }

    private Set<String> mapped() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            if (methods.isEmpty()) {
                methods.add("*");
            }
            info.getPatternsCondition().getPatterns().stream().map(PathPattern::getPatternString)
                    .filter(pattern -> SPRINGDOCS_OWN.stream().noneMatch(pattern::startsWith))
                    .forEach(pattern -> methods.forEach(method -> mapped.add(method + " " + pattern)));
        });
        return mapped;
    }
}
