package cn.sangang.gateway.account;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

import cn.sangang.gateway.edge.Problem;
import cn.sangang.platform.security.CallerClaims;
import cn.sangang.platform.security.Role;

/** The verified caller of a gateway endpoint. */
public record Caller(String accountId, String bureauId, String personNo, Set<Role> roles, String token) {

    public static Caller of(Jwt jwt) {
        return new Caller(jwt.getSubject(), CallerClaims.bureau(jwt.getClaims()), CallerClaims.member(jwt.getClaims()),
                CallerClaims.roles(jwt.getClaims()), jwt.getTokenValue());
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
        if (bureauId == null
                || !(roles.contains(Role.ADMIN) || roles.contains(Role.LEADER) || roles.contains(Role.OFFICE))) {
            throw Problem.forbidden("caller.needs-role",
                    Map.of("roles", List.of(Role.ADMIN.name(), Role.LEADER.name(), Role.OFFICE.name())));
        }
        return bureauId;
    }
}
