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
            throw new ForbiddenException("此账号未关联党员名册中的人员，没有个人通知");
        }
        return new Reader(bureau, caller.memberId(), caller.roles().stream().map(Role::name).toList());
    }
}
