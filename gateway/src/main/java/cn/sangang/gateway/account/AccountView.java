package cn.sangang.gateway.account;

import java.util.Set;

import cn.sangang.platform.security.Role;

/**
 * An account as others may see it: never its password hash. {@code tokenVersion} goes up when the password or the
 * roles change or the account is disabled or enabled; tokens carry the version they were issued under.
 */
public record AccountView(String id, String username, String bureauId, String personNo, Set<Role> roles,
        boolean enabled, int tokenVersion) {
}
