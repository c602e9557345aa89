package cn.sangang.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.ServiceIntegrationTest;

@ServiceIntegrationTest
class ApiDocsTest {

    @LocalServerPort
    int port;

    @Test
    void anyone_reads_the_openapi_document_of_the_service_without_a_token() {
        var response = Api.at(port).get("/v3/api-docs");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var spec = response.json();
        assertThat(spec.path("info").path("title").asString()).isEqualTo("zone-service");
        assertThat(spec.path("info").path("description").asString()).contains("责任区");
        assertThat(spec.path("paths").propertyNames()).contains("/api/zone/coverage",
                "/public/zone/plaques/{plaqueCode}");
        assertThat(Api.at(port).get("/v3/api-docs.yaml").status()).isEqualTo(200);
    }

    @Test
    void the_document_declares_the_bearer_token_every_endpoint_but_the_public_ones_needs() {
        var spec = Api.at(port).get("/v3/api-docs").json();

        var scheme = spec.path("components").path("securitySchemes").path("bearer-jwt");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(spec.path("security").get(0).has("bearer-jwt")).isTrue();
        var plaque = spec.path("paths").path("/public/zone/plaques/{plaqueCode}").path("get");
        assertThat(plaque.path("security").isArray()).isTrue();
        assertThat(plaque.path("security")).isEmpty();
        assertThat(spec.path("paths").path("/api/zone/coverage").path("get").has("security")).isFalse();
    }

    @Test
    void the_caller_taken_from_the_token_is_no_parameter_of_any_operation() {
        var spec = Api.at(port).get("/v3/api-docs").json();

        List<String> parameters = new ArrayList<>();
        spec.path("paths").forEach(item -> item.forEach(operation -> operation.path("parameters")
                .forEach(parameter -> parameters.add(parameter.path("name").asString()))));
        assertThat(parameters).contains("plaqueCode").doesNotContain("caller");
        assertThat(spec.path("components").path("schemas").has("Caller")).isFalse();
    }
}
