package cn.sangang.platform.security;

import java.util.Arrays;

/**
 * The roles of design §2, one set for the gateway that grants them and the services that check them. COUNTY is the
 * county office's and belongs to no bureau.
 */
public enum Role {
    MEMBER, UNIT_HEAD, LEADER, SECRETARY, OFFICE, ADMIN, COUNTY;

    /** Every role held within a bureau: all but COUNTY. */
    public static Role[] bureauRoles() {
        return Arrays.stream(values()).filter(Role::heldInBureau).toArray(Role[]::new);
    }

    /** Whether a bureau holds it, and so a bureau administrator may grant it. */
    public boolean heldInBureau() {
        return this != COUNTY;
    }
}
