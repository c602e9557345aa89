package cn.sangang.zone.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.problem.RuleViolationException;
import cn.sangang.zone.roster.domain.RosterPerson;
import cn.sangang.zone.roster.domain.RosterSnapshot;

/**
 * All responsibility zones of one bureau (design §3.2). One aggregate, because its central rule spans zones: a
 * person is in at most one zone, and every party member should be in one.
 */
public final class ZonePlan {

    private final List<Zone> zones;

    public ZonePlan(List<Zone> zones) {
        this.zones = new ArrayList<>(zones);
    }

    public List<Zone> zones() {
        return List.copyOf(zones);
    }

    public Optional<Zone> zone(String zoneId) {
        return zones.stream().filter(z -> z.zoneId().equals(zoneId)).findFirst();
    }

    public Zone require(String zoneId) {
        return zone(zoneId).orElseThrow(() -> new NotFoundException("no zone " + zoneId + " in this bureau"));
    }

    public Optional<Zone> zoneOf(String personNo) {
        return zones.stream().filter(z -> z.hasMember(personNo)).findFirst();
    }

    public Zone draw(ZoneDraft draft, RosterSnapshot roster, String zoneId, String plaqueCode, LocalDate today) {
        check(draft, roster, null);
        Zone zone = new Zone(zoneId, plaqueCode, draft.unitCode(), draft.name(), draft.headPersonNo(),
            draft.mainTasks(), draft.members(), today);
        zones.add(zone);
        return zone;
    }

    public Zone redraw(String zoneId, ZoneDraft draft, RosterSnapshot roster) {
        Zone current = require(zoneId);
        check(draft, roster, zoneId);
        Zone redrawn = current.redrawn(draft);
        zones.set(zones.indexOf(current), redrawn);
        return redrawn;
    }

    public Zone dissolve(String zoneId) {
        Zone zone = require(zoneId);
        zones.remove(zone);
        return zone;
    }

    public Coverage coverage(RosterSnapshot roster) {
        List<RosterPerson> uncovered = roster.people().stream()
            .filter(RosterPerson::isActivePartyMember)
            .filter(p -> zoneOf(p.personNo()).isEmpty())
            .sorted(java.util.Comparator.comparing(RosterPerson::personNo))
            .toList();
        List<Coverage.StaleEntry> stale = new ArrayList<>();
        for (Zone zone : zones) {
            if (!roster.headOf(zone.unitCode()).map(zone.headPersonNo()::equals).orElse(false)) {
                stale.add(new Coverage.StaleEntry(zone, zone.headPersonNo(), Coverage.Staleness.NO_LONGER_UNIT_HEAD));
            }
            for (ZoneMember member : zone.members()) {
                Optional<RosterPerson> person = roster.person(member.personNo());
                Optional<Coverage.Staleness> why = person.isEmpty() ? Optional.of(Coverage.Staleness.NOT_ON_ROSTER)
                    : !person.get().active() ? Optional.of(Coverage.Staleness.LEFT_BUREAU)
                    : !person.get().partyMember() ? Optional.of(Coverage.Staleness.NOT_PARTY_MEMBER)
                    : !person.get().unitCode().equals(zone.unitCode()) ? Optional.of(Coverage.Staleness.MOVED_UNIT)
                    : Optional.empty();
                why.ifPresent(reason -> stale.add(new Coverage.StaleEntry(zone, member.personNo(), reason)));
            }
        }
        long partyMembers = roster.people().stream().filter(RosterPerson::isActivePartyMember).count();
        return new Coverage(partyMembers, partyMembers - uncovered.size(), uncovered, stale);
    }

    private void check(ZoneDraft draft, RosterSnapshot roster, String zoneBeingRedrawn) {
        if (!roster.hasUnit(draft.unitCode())) {
            throw new RuleViolationException("no unit " + draft.unitCode() + " in this bureau");
        }
        zones.stream()
            .filter(z -> !z.zoneId().equals(zoneBeingRedrawn) && z.name().equals(draft.name()))
            .findFirst()
            .ifPresent(z -> {
                throw new ConflictException("a zone named " + draft.name() + " already exists");
            });
        String head = roster.headOf(draft.unitCode()).orElseThrow(() -> new RuleViolationException(
            "unit " + draft.unitCode() + " has no head yet; a zone is headed by its unit head"));
        if (!head.equals(draft.headPersonNo())) {
            throw new RuleViolationException("a zone of unit " + draft.unitCode() + " is headed by its unit head "
                + head + ", not by " + draft.headPersonNo());
        }
        if (draft.members().stream().noneMatch(m -> m.personNo().equals(head))) {
            throw new RuleViolationException("the head " + head + " must be listed among the members with a responsibility");
        }
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (ZoneMember member : draft.members()) {
            if (!seen.add(member.personNo())) {
                problems.add(member.personNo() + " is listed twice");
                continue;
            }
            Optional<RosterPerson> person = roster.person(member.personNo());
            if (person.isEmpty()) {
                problems.add(member.personNo() + " is not on the roster");
            } else if (!person.get().isActivePartyMember()) {
                problems.add(person.get().name() + "（" + member.personNo() + "）is not an active party member");
            } else if (!person.get().unitCode().equals(draft.unitCode())) {
                problems.add(person.get().name() + "（" + member.personNo() + "）works in " + person.get().unitCode());
            } else {
                zones.stream()
                    .filter(z -> !z.zoneId().equals(zoneBeingRedrawn) && z.hasMember(member.personNo()))
                    .findFirst()
                    .ifPresent(z -> problems.add(person.get().name() + "（" + member.personNo()
                        + "）is already in zone " + z.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException("these people cannot be in this zone: " + String.join("; ", problems));
        }
    }
}
