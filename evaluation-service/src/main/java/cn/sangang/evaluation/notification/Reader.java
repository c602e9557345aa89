package cn.sangang.evaluation.notification;

import java.util.List;

import cn.sangang.platform.problem.ForbiddenException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;

/** Whose inbox: a person of a bureau's roster, with the roles their token gives them. All from the token. */
record Reader(String bureauId, String memberId, List<String> roles) {

    static Reader of(Caller caller) {
        String bureau = caller.bureauAs(Role.bureauRoles());
        if (caller.memberId() == null || caller.memberId().isBlank()) {
            throw new ForbiddenException("notification.no-person");
        }
        return new Reader(bureau, caller.memberId(), caller.roles().stream().map(Role::name).toList());
    }
}
