package cn.sangang.zone;

import cn.sangang.testkit.EndpointCatalogueContract;
import cn.sangang.testkit.ServiceIntegrationTest;

/** {@link ZoneEndpoints} against what the service maps, its OpenAPI document and docs/roles.md. */
@ServiceIntegrationTest
class EndpointCatalogueTest extends EndpointCatalogueContract {

    EndpointCatalogueTest() {
        super(ZoneEndpoints.CATALOGUE, port -> new Endpoints(new BureauFixture(port), "catalogue").fixture());
    }
}
