package cn.sangang.post;

import cn.sangang.testkit.EndpointCatalogueContract;
import cn.sangang.testkit.EndpointFixture;

/** {@link PostEndpoints} against what the service maps, its OpenAPI document and docs/roles.md. */
@PostServiceTest
class EndpointCatalogueTest extends EndpointCatalogueContract {

    EndpointCatalogueTest() {
        super(PostEndpoints.CATALOGUE);
    }

    @Override
    protected EndpointFixture fixture(int port) {
        return new Endpoints(port).fixture();
    }
}
