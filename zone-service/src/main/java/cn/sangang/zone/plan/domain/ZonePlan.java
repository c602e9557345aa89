package cn.sangang.zone.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        return zone(zoneId).orElseThrow(() -> new NotFoundException("zone.not-found", Map.of("zoneId", zoneId)));
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
        List<RosterPerson> uncovered = roster.people().stream().filter(RosterPerson::isActivePartyMember)
                .filter(p -> zoneOf(p.personNo()).isEmpty())
                .sorted(java.util.Comparator.comparing(RosterPerson::personNo)).toList();
        List<Coverage.StaleEntry> stale = new ArrayList<>();
        for (Zone zone : zones) {
            if (!roster.headOf(zone.unitCode()).map(zone.headPersonNo()::equals).orElse(false)) {
                stale.add(new Coverage.StaleEntry(zone, zone.headPersonNo(), Coverage.Staleness.NO_LONGER_UNIT_HEAD));
            }
            for (ZoneMember member : zone.members()) {
                Optional<RosterPerson> person = roster.person(member.personNo());
                Optional<Coverage.Staleness> why = person.isEmpty()
                        ? Optional.of(Coverage.Staleness.NOT_ON_ROSTER)
                        : !person.get().active()
                                ? Optional.of(Coverage.Staleness.LEFT_BUREAU)
                                : !person.get().partyMember()
                                        ? Optional.of(Coverage.Staleness.NOT_PARTY_MEMBER)
                                        : !person.get().unitCode().equals(zone.unitCode())
                                                ? Optional.of(Coverage.Staleness.MOVED_UNIT)
                                                : Optional.empty();
                why.ifPresent(reason -> stale.add(new Coverage.StaleEntry(zone, member.personNo(), reason)));
            }
        }
        long partyMembers = roster.people().stream().filter(RosterPerson::isActivePartyMember).count();
        return new Coverage(partyMembers, partyMembers - uncovered.size(), uncovered, stale);
    }

    private void check(ZoneDraft draft, RosterSnapshot roster, String zoneBeingRedrawn) {
        if (!roster.hasUnit(draft.unitCode())) {
            throw new RuleViolationException("unit.not-found", Map.of("unit", draft.unitCode()));
        }
        zones.stream().filter(z -> !z.zoneId().equals(zoneBeingRedrawn) && z.name().equals(draft.name())).findFirst()
                .ifPresent(z -> {
                    throw new ConflictException("zone.name-taken", Map.of("name", draft.name()));
                });
        String head = roster.headOf(draft.unitCode()).orElseThrow(
                () -> new RuleViolationException("zone.unit-has-no-head", Map.of("unit", draft.unitCode())));
        if (!head.equals(draft.headPersonNo())) {
            throw new RuleViolationException("zone.head-not-unit-head",
                    Map.of("unit", draft.unitCode(), "head", head, "proposed", draft.headPersonNo()));
        }
        if (draft.members().stream().noneMatch(m -> m.personNo().equals(head))) {
            throw new RuleViolationException("zone.head-not-member", Map.of("head", head));
        }
        requireEligibleMembers(draft, roster, zoneBeingRedrawn);
    }

    /**
     * Each refusal names everyone it concerns, one reason at a time in the order a clerk fixes a list: repeats,
     * strangers, non-members, people of other units, then people already in another zone.
     */
    private void requireEligibleMembers(ZoneDraft draft, RosterSnapshot roster, String zoneBeingRedrawn) {
        Set<String> seen = new HashSet<>();
        Set<String> listedTwice = new LinkedHashSet<>();
        List<String> notOnRoster = new ArrayList<>();
        List<String> notPartyMembers = new ArrayList<>();
        List<String> inOtherUnits = new ArrayList<>();
        List<String> inOtherZones = new ArrayList<>();
        Set<String> otherZones = new LinkedHashSet<>();
        for (ZoneMember member : draft.members()) {
            if (!seen.add(member.personNo())) {
                listedTwice.add(member.personNo());
                continue;
            }
            Optional<RosterPerson> person = roster.person(member.personNo());
            if (person.isEmpty()) {
                notOnRoster.add(member.personNo());
            } else if (!person.get().isActivePartyMember()) {
                notPartyMembers.add(label(person.get()));
            } else if (!person.get().unitCode().equals(draft.unitCode())) {
                inOtherUnits.add(label(person.get()));
            } else {
                zones.stream().filter(z -> !z.zoneId().equals(zoneBeingRedrawn) && z.hasMember(member.personNo()))
                        .findFirst().ifPresent(z -> {
                            inOtherZones.add(label(person.get()));
                            otherZones.add(z.name());
                        });
            }
        }
        if (!listedTwice.isEmpty()) {
            throw new RuleViolationException("zone.members-listed-twice", Map.of("people", List.copyOf(listedTwice)));
        }
        if (!notOnRoster.isEmpty()) {
            throw new RuleViolationException("zone.members-not-on-roster", Map.of("people", notOnRoster));
        }
        if (!notPartyMembers.isEmpty()) {
            throw new RuleViolationException("zone.members-not-party-members", Map.of("people", notPartyMembers));
        }
        if (!inOtherUnits.isEmpty()) {
            throw new RuleViolationException("zone.members-in-other-unit",
                    Map.of("unit", draft.unitCode(), "people", inOtherUnits));
        }
        if (!inOtherZones.isEmpty()) {
            throw new RuleViolationException("zone.members-in-other-zone",
                    Map.of("zones", List.copyOf(otherZones), "people", inOtherZones));
        }
    }

    private static String label(RosterPerson person) {
        return person.name() + "（" + person.personNo() + "）";
    }
}
