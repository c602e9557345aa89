package cn.sangang.zone.plan.domain;

import java.util.List;

/** What the administrator proposes for a zone, before the rules accept it. */
public record ZoneDraft(String unitCode, String name, String headPersonNo, List<String> mainTasks,
        List<ZoneMember> members) {

    public ZoneDraft {
        mainTasks = List.copyOf(mainTasks);
        members = List.copyOf(members);
    }
}
