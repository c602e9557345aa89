package cn.sangang.evaluation;

import cn.sangang.testkit.EndpointCatalogueContract;
import cn.sangang.testkit.EndpointFixture;

/** {@link EvaluationEndpoints} against what the service maps, its OpenAPI document and docs/roles.md. */
@EvaluationServiceTest
class EndpointCatalogueTest extends EndpointCatalogueContract {

    EndpointCatalogueTest() {
        super(EvaluationEndpoints.CATALOGUE);
    }

    @Override
    protected EndpointFixture fixture(int port) {
        return new Endpoints(port).fixture();
    }
}
