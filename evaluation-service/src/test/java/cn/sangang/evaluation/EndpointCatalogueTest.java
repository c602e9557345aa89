package cn.sangang.evaluation;

import cn.sangang.testkit.EndpointCatalogueContract;

/** {@link EvaluationEndpoints} against what the service maps, its OpenAPI document and docs/roles.md. */
@EvaluationServiceTest
class EndpointCatalogueTest extends EndpointCatalogueContract {

    EndpointCatalogueTest() {
        super(EvaluationEndpoints.CATALOGUE, port -> new Endpoints(port).fixture());
    }
}
