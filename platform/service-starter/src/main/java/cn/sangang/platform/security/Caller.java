package cn.sangang.platform.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import cn.sangang.platform.problem.ForbiddenException;

/**
 * Who is calling, as the verified token says. The bureau always comes from here, never from the request.
 */
public record Caller(String bureauId, String memberId, Set<Role> roles) {

    public Caller {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The caller's bureau; a caller without one (the county office) may not touch bureau data. */
    public String bureau() {
        if (bureauId == null || bureauId.isBlank()) {
            throw new ForbiddenException("caller.no-bureau");
        }
        return bureauId;
    }

    public String member() {
        if (memberId == null || memberId.isBlank()) {
            throw new ForbiddenException("caller.no-person");
        }
        return memberId;
    }

    /** The caller's bureau, provided the caller holds one of {@code allowed}. */
    public String bureauAs(Role... allowed) {
        require(allowed);
        return bureau();
    }

    public void require(Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(roles::contains)) {
            throw new ForbiddenException("caller.needs-role",
                    Map.of("roles", Arrays.stream(allowed).map(Role::name).toList()));
        }
    }
}
