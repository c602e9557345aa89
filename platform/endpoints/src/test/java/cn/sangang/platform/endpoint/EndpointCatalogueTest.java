package cn.sangang.platform.endpoint;

import static cn.sangang.platform.endpoint.Endpoint.get;
import static cn.sangang.platform.endpoint.Endpoint.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EndpointCatalogueTest {

    enum Role {
        MEMBER, LEADER, OFFICE
    }

    @Test
    void lists_roles_in_their_declaration_order_and_finds_an_endpoint_by_its_openapi_method() {
        EndpointCatalogue catalogue = EndpointCatalogue.of("sample",
                post("/api/things").by(Role.OFFICE, Role.MEMBER).audits("thing.added"));

        assertThat(catalogue.find("post", "/api/things")).get()
                .satisfies(endpoint -> assertThat(endpoint.roles()).containsExactly("MEMBER", "OFFICE"));
    }

    @Test
    void refuses_a_change_that_names_neither_its_audit_action_nor_why_it_has_none() {
        assertThatThrownBy(() -> EndpointCatalogue.of("sample", post("/api/things").by(Role.OFFICE)))
                .hasMessageContaining("POST /api/things changes state");
    }

    @Test
    void refuses_an_endpoint_listed_twice_one_without_roles_and_a_read_with_an_audit_action() {
        assertThatThrownBy(() -> EndpointCatalogue.of("sample", get("/api/things").by(Role.OFFICE),
                get("/api/things").by(Role.LEADER), get("/api/other"),
                get("/api/read").by(Role.LEADER).audits("x.read")))
                .hasMessageContaining("GET /api/things is listed twice")
                .hasMessageContaining("GET /api/other must name its roles").hasMessageContaining("GET /api/read reads");
    }

    @Test
    void renders_a_table_of_who_may_call_what_and_its_audit_record() {
        EndpointCatalogue catalogue = EndpointCatalogue.of("sample", get("/public/things").publicly(),
                post("/api/things").by(Role.MEMBER).audits("thing.added").note("their own thing"),
                post("/api/things/{id}/review").by(Role.LEADER).audits("thing.approved", "thing.returned"),
                post("/api/things/{id}/seen").by(Role.LEADER, Role.OFFICE).unaudited("reading leaves no trace"));

        assertThat(catalogue.markdown()).isEqualTo("""
                | endpoint | who | audit record |
                |---|---|---|
                | `GET /public/things` | public, no token |  |
                | `POST /api/things` | MEMBER; their own thing | `thing.added` |
                | `POST /api/things/{id}/review` | LEADER | `thing.approved` or `thing.returned` |
                | `POST /api/things/{id}/seen` | LEADER, OFFICE | none: reading leaves no trace |
                """);
    }

    @Test
    void gives_an_operation_its_roles_and_audit_actions_and_a_public_one_no_roles() {
        EndpointCatalogue catalogue = EndpointCatalogue.of("sample", get("/public/things").publicly(),
                post("/api/things/{id}/review").by(Role.LEADER).audits("thing.approved", "thing.returned"));

        assertThat(catalogue.openApiExtensions("post", "/api/things/{id}/review")).isEqualTo(
                Map.of("x-roles", List.of("LEADER"), "x-audit-action", List.of("thing.approved", "thing.returned")));
        assertThat(catalogue.openApiExtensions("get", "/public/things")).isEmpty();
        assertThat(catalogue.openApiExtensions("get", "/api/unknown")).isEmpty();
    }
}
