package cn.sangang.pledge;

import cn.sangang.testkit.EndpointCatalogueContract;

/** {@link PledgeEndpoints} against what the service maps, its OpenAPI document and docs/roles.md. */
@PledgeServiceTest
class EndpointCatalogueTest extends EndpointCatalogueContract {

    EndpointCatalogueTest() {
        super(PledgeEndpoints.CATALOGUE, port -> new Endpoints(port).fixture());
    }
}
