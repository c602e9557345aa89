package cn.sangang.platform.security;

import java.util.Arrays;

/** The roles of design §2. COUNTY belongs to no bureau. */
public enum Role {
    MEMBER, UNIT_HEAD, LEADER, SECRETARY, OFFICE, ADMIN, COUNTY;

    /** Every role held within a bureau: all but COUNTY. */
    public static Role[] bureauRoles() {
        return Arrays.stream(values()).filter(role -> role != COUNTY).toArray(Role[]::new);
    }
}
