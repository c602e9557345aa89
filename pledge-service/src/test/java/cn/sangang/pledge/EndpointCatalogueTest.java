package cn.sangang.pledge;

import cn.sangang.testkit.EndpointCatalogueContract;
import cn.sangang.testkit.EndpointFixture;

/** {@link PledgeEndpoints} against what the service maps, its OpenAPI document and docs/roles.md. */
@PledgeServiceTest
class EndpointCatalogueTest extends EndpointCatalogueContract {

    EndpointCatalogueTest() {
        super(PledgeEndpoints.CATALOGUE);
    }

    @Override
    protected EndpointFixture fixture(int port) {
        return new Endpoints(port).fixture();
    }
}
