package cn.sangang.zone.roster.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The roster of one bureau as the zone plan needs it: people, and who heads which unit. */
public final class RosterSnapshot {

    private final Map<String, RosterPerson> people;
    private final Map<String, String> unitHeads;

    public RosterSnapshot(Collection<RosterPerson> people, Map<String, String> unitHeads) {
        this.people = people.stream()
                .collect(Collectors.toUnmodifiableMap(RosterPerson::personNo, Function.identity()));
        this.unitHeads = Map.copyOf(unitHeads);
    }

    public Optional<RosterPerson> person(String personNo) {
        return Optional.ofNullable(people.get(personNo));
    }

    public boolean hasUnit(String unitCode) {
        return unitHeads.containsKey(unitCode);
    }

    /** The head of a unit, or empty when the unit has none yet. */
    public Optional<String> headOf(String unitCode) {
        return Optional.ofNullable(unitHeads.get(unitCode)).filter(head -> !head.isEmpty());
    }

    public Collection<RosterPerson> people() {
        return people.values();
    }

    /** Everyone's name by person number, those who left included. */
    public Map<String, String> names() {
        return people.values().stream().collect(Collectors.toMap(RosterPerson::personNo, RosterPerson::name));
    }
}
