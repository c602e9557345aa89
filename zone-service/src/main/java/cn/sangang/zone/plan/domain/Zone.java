package cn.sangang.zone.plan.domain;

import java.time.LocalDate;
import java.util.List;

/** A party-member responsibility zone: drawn in one unit, headed by its unit head, with a public plaque. */
public record Zone(String zoneId, String plaqueCode, String unitCode, String name, String headPersonNo,
        List<String> mainTasks, List<ZoneMember> members, LocalDate drawnOn) {

    public Zone {
        mainTasks = List.copyOf(mainTasks);
        members = List.copyOf(members);
    }

    public boolean hasMember(String personNo) {
        return members.stream().anyMatch(m -> m.personNo().equals(personNo));
    }

    Zone redrawn(ZoneDraft draft) {
        return new Zone(zoneId, plaqueCode, draft.unitCode(), draft.name(), draft.headPersonNo(), draft.mainTasks(),
                draft.members(), drawnOn);
    }
}
