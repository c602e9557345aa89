package cn.sangang.post;

import cn.sangang.testkit.EndpointCatalogueContract;

/** {@link PostEndpoints} against what the service maps, its OpenAPI document and docs/roles.md. */
@PostServiceTest
class EndpointCatalogueTest extends EndpointCatalogueContract {

    EndpointCatalogueTest() {
        super(PostEndpoints.CATALOGUE, port -> new Endpoints(port).fixture());
    }
}
