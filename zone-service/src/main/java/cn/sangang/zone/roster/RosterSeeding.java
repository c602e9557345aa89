package cn.sangang.zone.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.zone.roster.domain.UnitKind;

/**
 * Fills a bureau's roster through the same rules, audit and events as its administrator would, skipping what is
 * already there, so an interrupted seeding can simply run again.
 */
@Component
public class RosterSeeding {

    public record Unit(String code, String name, UnitKind kind, String headPersonNo) {
    }

    public record Person(String personNo, String name, String unitCode, boolean partyMember, String position,
            String phone) {
    }

    public record Activist(String personNo, String mentorPersonNo, LocalDate since) {
    }

    private final RosterService roster;
    private final UnitRepository units;
    private final PersonRepository people;

    RosterSeeding(RosterService roster, UnitRepository units, PersonRepository people) {
        this.roster = roster;
        this.units = units;
        this.people = people;
    }

    public void seed(String bureau, List<Unit> seedUnits, List<Person> seedPeople, List<Activist> activists) {
        Caller admin = new Caller(bureau, "demo-seed", Set.of(Role.ADMIN));
        for (Unit unit : seedUnits) {
            if (units.findByBureauIdAndCode(bureau, unit.code()).isEmpty()) {
                roster.createUnit(admin, new RosterApi.NewUnit(unit.code(), unit.name(), unit.kind()));
            }
        }
        for (Person person : seedPeople) {
            if (people.findByBureauIdAndPersonNo(bureau, person.personNo()).isEmpty()) {
                roster.addPerson(admin, new RosterApi.NewPerson(person.personNo(), person.name(), person.unitCode(),
                        person.partyMember(), person.position(), person.phone()));
            }
        }
        for (Unit unit : seedUnits) {
            if (unit.headPersonNo() != null
                    && !unit.headPersonNo().equals(roster.unit(bureau, unit.code()).headPersonNo())) {
                roster.changeUnit(admin, unit.code(),
                        new RosterApi.UnitChange(unit.name(), unit.kind(), unit.headPersonNo()));
            }
        }
        for (Activist activist : activists) {
            if (roster.person(bureau, activist.personNo()).activist() == null) {
                roster.designateActivist(admin, activist.personNo(),
                        new RosterApi.ActivistDesignation(activist.mentorPersonNo(), activist.since()));
            }
        }
    }
}
