package cn.sangang.zone.roster;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import cn.sangang.zone.roster.domain.RosterPerson;
import cn.sangang.zone.roster.domain.RosterSnapshot;

/**
 * The roster as it is read, always of one bureau: the other features of this service read it in domain terms (the
 * public methods), the roster's own controllers read its documents; only {@link RosterService} changes it.
 */
@Component
public class RosterDirectory {

    private final UnitRepository units;
    private final PersonRepository people;

    RosterDirectory(UnitRepository units, PersonRepository people) {
        this.units = units;
        this.people = people;
    }

    public RosterSnapshot snapshot(String bureau) {
        Map<String, String> heads = units(bureau).stream()
                .collect(Collectors.toMap(UnitDocument::code, u -> u.headPersonNo() == null ? "" : u.headPersonNo()));
        return new RosterSnapshot(people(bureau).stream().map(PersonDocument::asRosterPerson).toList(), heads);
    }

    public Optional<RosterPerson> person(String bureau, String personNo) {
        return findPerson(bureau, personNo).map(PersonDocument::asRosterPerson);
    }

    public Map<String, RosterPerson> people(String bureau, Collection<String> personNos) {
        return peopleIn(bureau, personNos).stream().map(PersonDocument::asRosterPerson)
                .collect(Collectors.toMap(RosterPerson::personNo, Function.identity()));
    }

    public Map<String, String> unitNames(String bureau) {
        return units(bureau).stream().collect(Collectors.toMap(UnitDocument::code, UnitDocument::name));
    }

    List<UnitDocument> units(String bureau) {
        return units.findByBureauIdOrderByCode(bureau);
    }

    List<PersonDocument> people(String bureau) {
        return people.findByBureauIdOrderByPersonNo(bureau);
    }

    /** The same, from a cursor: for exports of any length; the caller closes it. */
    Stream<PersonDocument> streamPeople(String bureau) {
        return people.streamByBureauIdOrderByPersonNo(bureau);
    }

    /** The people of {@code personNos} who are on the roster, also those who left; in no particular order. */
    List<PersonDocument> peopleIn(String bureau, Collection<String> personNos) {
        return people.findByBureauIdAndPersonNoIn(bureau, personNos);
    }

    Optional<PersonDocument> findPerson(String bureau, String personNo) {
        return people.findByBureauIdAndPersonNo(bureau, personNo);
    }

    List<PersonDocument> activeIn(String bureau, String unitCode) {
        return people.findByBureauIdAndUnitCodeAndActiveTrueOrderByPersonNo(bureau, unitCode);
    }

    List<PersonDocument> activists(String bureau) {
        return people.findByBureauIdAndActivistIsNotNullOrderByPersonNo(bureau);
    }

    List<PersonDocument> partyMembers(String bureau) {
        return people.findByBureauIdAndPartyMemberTrueAndActiveTrueOrderByPersonNo(bureau);
    }

    /** Everyone's name by person number, those who left included. */
    public Map<String, String> personNames(String bureau) {
        return people(bureau).stream().collect(Collectors.toMap(PersonDocument::personNo, PersonDocument::name));
    }
}
