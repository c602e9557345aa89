package cn.sangang.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;

import cn.sangang.platform.endpoint.EndpointCatalogue;

/**
 * Publishes the service's endpoint catalogue in its OpenAPI document: each operation's {@code x-roles} (who may call
 * it; absent on a public one) and {@code x-audit-action} (the actions of the audit record a successful call leaves:
 * one, or one of several by the call's outcome; absent when it leaves none). The browser
 * security sweep reads the roles from there, so the rule it checks is the one the service's own sweeps proved.
 */
final class EndpointCatalogueCustomizer implements OpenApiCustomizer {

    private final EndpointCatalogue catalogue;

    EndpointCatalogueCustomizer(EndpointCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> catalogue
                .openApiExtensions(method.name(), path).forEach(operation::addExtension)));
    }
}
