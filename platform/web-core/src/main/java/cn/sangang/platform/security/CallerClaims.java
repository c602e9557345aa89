package cn.sangang.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a verified token says about its caller, read alike by the gateway (WebFlux) and every service (Spring MVC)
 * from the token's claims: the bureau, the person and the roles. The gateway writes these claims when it signs.
 */
public final class CallerClaims {

    public static final String BUREAU = "bureau";
    public static final String MEMBER = "member";
    public static final String ROLES = "roles";

    private CallerClaims() {
    }

    public static String bureau(Map<String, ?> claims) {
        return text(claims.get(BUREAU));
    }

    public static String member(Map<String, ?> claims) {
        return text(claims.get(MEMBER));
    }

    /** The roles this deployment knows; a name it does not know grants nothing rather than failing the request. */
    public static Set<Role> roles(Map<String, ?> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claims.get(ROLES) instanceof Collection<?> names) {
            for (Object name : names) {
                for (Role role : Role.values()) {
                    if (role.name().equals(String.valueOf(name))) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }

    private static String text(Object claim) {
        return claim == null ? null : claim.toString();
    }
}
