package cn.sangang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CallerClaimsTest {

    @Test
    void reads_the_bureau_the_person_and_the_roles_the_token_names() {
        Map<String, Object> claims = Map.of("bureau", "b-1", "member", "P-007", "roles", List.of("MEMBER", "LEADER"));

        assertThat(CallerClaims.bureau(claims)).isEqualTo("b-1");
        assertThat(CallerClaims.member(claims)).isEqualTo("P-007");
        assertThat(CallerClaims.roles(claims)).containsExactlyInAnyOrder(Role.MEMBER, Role.LEADER);
    }

    @Test
    void a_role_this_deployment_does_not_know_grants_nothing() {
        assertThat(CallerClaims.roles(Map.of("roles", List.of("SUPERUSER", "admin", "OFFICE"))))
                .containsExactly(Role.OFFICE);
    }

    @Test
    void a_county_token_has_no_bureau_and_no_person() {
        Map<String, Object> claims = Map.of("roles", List.of("COUNTY"));

        assertThat(CallerClaims.bureau(claims)).isNull();
        assertThat(CallerClaims.member(claims)).isNull();
        assertThat(CallerClaims.roles(claims)).containsExactly(Role.COUNTY);
    }

    @Test
    void roles_that_are_not_a_list_grant_nothing() {
        assertThat(CallerClaims.roles(Map.of("roles", "ADMIN"))).isEmpty();
        assertThat(CallerClaims.roles(Map.of())).isEmpty();
    }
}
