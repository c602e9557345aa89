package cn.sangang.platform.security;

/** The roles of design §2. COUNTY belongs to no bureau. */
public enum Role {
    MEMBER, UNIT_HEAD, LEADER, SECRETARY, OFFICE, ADMIN, COUNTY
}
