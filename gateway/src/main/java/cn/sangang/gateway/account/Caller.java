package cn.sangang.gateway.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

import cn.sangang.gateway.account.domain.Role;
import cn.sangang.gateway.edge.Problem;

/** The verified caller of a gateway endpoint. */
public record Caller(String accountId, String bureauId, String personNo, Set<Role> roles, String token) {

    public static Caller of(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (jwt.getClaims().get("roles") instanceof Collection<?> names) {
            for (Object name : names) {
                try {
                    roles.add(Role.valueOf(String.valueOf(name)));
                } catch (IllegalArgumentException unknown) {
                    // Grants nothing here.
                }
            }
        }
        return new Caller(jwt.getSubject(), jwt.getClaimAsString("bureau"), jwt.getClaimAsString("member"), roles,
            jwt.getTokenValue());
    }

    /** The caller's bureau, provided they administer it. */
    String administeredBureau() {
        if (!roles.contains(Role.ADMIN) || bureauId == null) {
            throw Problem.forbidden("caller.needs-role", Map.of("roles", List.of(Role.ADMIN.name())));
        }
        return bureauId;
    }

    /** The caller's bureau, provided they may read its accounts and their history: administrator, leader, office. */
    String overseenBureau() {
        if (bureauId == null || !(roles.contains(Role.ADMIN) || roles.contains(Role.LEADER)
            || roles.contains(Role.OFFICE))) {
            throw Problem.forbidden("caller.needs-role",
                Map.of("roles", List.of(Role.ADMIN.name(), Role.LEADER.name(), Role.OFFICE.name())));
        }
        return bureauId;
    }
}
