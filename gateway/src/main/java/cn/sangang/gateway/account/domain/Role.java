package cn.sangang.gateway.account.domain;

import java.util.EnumSet;
import java.util.Set;

/** The roles of design §2. */
public enum Role {
    MEMBER, UNIT_HEAD, LEADER, SECRETARY, OFFICE, ADMIN, COUNTY;

    /** What a bureau administrator may grant: every bureau role, never the county office's. */
    public static final Set<Role> BUREAU_ROLES = EnumSet.of(MEMBER, UNIT_HEAD, LEADER, SECRETARY, OFFICE, ADMIN);
}
