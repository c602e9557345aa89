package cn.sangang.testkit;

import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.sangang.platform.endpoint.EndpointCatalogue;

/**
 * What every service's endpoint catalogue test checks: the catalogue lists every endpoint Spring maps, the service's
 * fixture has a call of each, the OpenAPI document publishes their roles and audit actions, and docs/roles.md shows
 * them. (Whether the roles and actions are true, the role and audit sweeps prove.) A service's test extends this
 * with its catalogue and fixture.
 */
public abstract class EndpointCatalogueContract {

    @LocalServerPort
    protected int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final EndpointCatalogue catalogue;
    private final IntFunction<EndpointFixture> fixture;

    /**
     * @param fixture makes a fixture with a well-formed call of every catalogued endpoint, against the service on the
     *                port it is given
     */
    protected EndpointCatalogueContract(EndpointCatalogue catalogue, IntFunction<EndpointFixture> fixture) {
        this.catalogue = catalogue;
        this.fixture = fixture;
    }

    @Test
    void the_catalogue_the_fixture_and_the_mapped_endpoints_agree() {
        EndpointCatalogues.assertAgree(catalogue, EndpointSweep.mapped(mappings), fixture.apply(port));
    }

    @Test
    void the_openapi_document_publishes_each_operations_roles_and_audit_action() {
        EndpointCatalogues.assertPublished(catalogue, Api.at(port).get("/v3/api-docs").json());
    }

    @Test
    void docs_roles_md_shows_the_catalogue() {
        EndpointCatalogues.assertDocumented(catalogue);
    }
}
