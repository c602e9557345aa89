package cn.sangang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void every_role_but_the_county_office_is_held_in_a_bureau() {
        assertThat(Role.bureauRoles()).doesNotContain(Role.COUNTY).hasSize(Role.values().length - 1);
        assertThat(Role.COUNTY.heldInBureau()).isFalse();
        assertThat(Role.ADMIN.heldInBureau()).isTrue();
    }
}
