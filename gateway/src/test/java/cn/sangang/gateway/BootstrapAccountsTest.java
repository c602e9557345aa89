package cn.sangang.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import cn.sangang.testkit.Api;

@GatewayTest
@TestPropertySource(properties = {"sangang.gateway.bootstrap.accounts[0].username=county-office",
        "sangang.gateway.bootstrap.accounts[0].password=County-secret-2026",
        "sangang.gateway.bootstrap.accounts[1].username=newbureau-admin",
        "sangang.gateway.bootstrap.accounts[1].bureau-id=new-bureau",
        "sangang.gateway.bootstrap.accounts[1].person-no=NB0001",
        "sangang.gateway.bootstrap.accounts[1].password=Admin-secret-2026"})
class BootstrapAccountsTest {

    @LocalServerPort
    int port;

    @Test
    void the_county_office_and_a_new_bureaus_first_administrator_come_from_configuration() {
        var county = Api.at(port).post("/auth/login",
                Map.of("username", "county-office", "password", "County-secret-2026"));
        var admin = Api.at(port).post("/auth/login",
                Map.of("username", "newbureau-admin", "password", "Admin-secret-2026"));

        var countyClaims = LoginTest.claims(county.json().path("accessToken").asString());
        var adminClaims = LoginTest.claims(admin.json().path("accessToken").asString());
        assertThat(countyClaims.has("bureau")).isFalse();
        assertThat(countyClaims.path("roles")).extracting(r -> r.asString()).containsExactly("COUNTY");
        assertThat(adminClaims.path("bureau").asString()).isEqualTo("new-bureau");
        assertThat(adminClaims.path("roles")).extracting(r -> r.asString()).containsExactly("ADMIN");
    }
}
