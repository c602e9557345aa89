package cn.sangang.zone.roster;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.sangang.zone.roster.domain.RosterPerson;
import cn.sangang.zone.roster.domain.RosterSnapshot;

/** What the other features of this service may read of the roster; always of one bureau. */
@Component
public class RosterDirectory {

    private final UnitRepository units;
    private final PersonRepository people;

    RosterDirectory(UnitRepository units, PersonRepository people) {
        this.units = units;
        this.people = people;
    }

    public RosterSnapshot snapshot(String bureau) {
        Map<String, String> heads = units.findByBureauIdOrderByCode(bureau).stream()
                .collect(Collectors.toMap(UnitDocument::code, u -> u.headPersonNo() == null ? "" : u.headPersonNo()));
        return new RosterSnapshot(
                people.findByBureauIdOrderByPersonNo(bureau).stream().map(PersonDocument::asRosterPerson).toList(),
                heads);
    }

    public Optional<RosterPerson> person(String bureau, String personNo) {
        return people.findByBureauIdAndPersonNo(bureau, personNo).map(PersonDocument::asRosterPerson);
    }

    public Map<String, RosterPerson> people(String bureau, Collection<String> personNos) {
        return people.findByBureauIdAndPersonNoIn(bureau, personNos).stream().map(PersonDocument::asRosterPerson)
                .collect(Collectors.toMap(RosterPerson::personNo, Function.identity()));
    }

    public Map<String, String> unitNames(String bureau) {
        return units.findByBureauIdOrderByCode(bureau).stream()
                .collect(Collectors.toMap(UnitDocument::code, UnitDocument::name));
    }
}
