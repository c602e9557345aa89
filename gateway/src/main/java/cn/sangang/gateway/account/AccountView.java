package cn.sangang.gateway.account;

import java.time.Instant;
import java.util.Set;

import cn.sangang.gateway.account.domain.Role;

/** An account as others may see it: never its password hash. */
public record AccountView(String id, String username, String bureauId, String personNo, Set<Role> roles,
                          boolean enabled, Instant lockedUntil) {
}
