package cn.sangang.zone.roster;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.sangang.events.EventTypes;
import cn.sangang.events.roster.MemberChanged;
import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.zone.roster.RosterApi.ActivistDesignation;
import cn.sangang.zone.roster.RosterApi.NewPerson;
import cn.sangang.zone.roster.RosterApi.NewUnit;
import cn.sangang.zone.roster.RosterApi.PersonChange;
import cn.sangang.zone.roster.RosterApi.UnitChange;
import cn.sangang.zone.roster.domain.RosterPerson;
import cn.sangang.zone.roster.domain.RosterRules;

/** Changes to a bureau's roster, by its administrator only. Each is one document write with its audit and events. */
@Service
public class RosterService {

    private final UnitRepository units;
    private final PersonRepository people;
    private final ChangeRecorder recorder;

    RosterService(UnitRepository units, PersonRepository people, ChangeRecorder recorder) {
        this.units = units;
        this.people = people;
        this.recorder = recorder;
    }

    UnitDocument createUnit(Caller caller, NewUnit request) {
        String bureau = caller.bureauAs(Role.ADMIN);
        UnitDocument unit = new UnitDocument(bureau, request.code(), request.name(), request.kind());
        recorder.audit(unit, caller, "unit.created", null, "设立单位 " + request.name() + "（" + request.code() + "）");
        return units.insert(unit);
    }

    UnitDocument changeUnit(Caller caller, String code, UnitChange request) {
        String bureau = caller.bureauAs(Role.ADMIN);
        UnitDocument unit = unit(bureau, code);
        if (request.headPersonNo() != null && !request.headPersonNo().equals(unit.headPersonNo())) {
            RosterRules.requireHeadable(person(bureau, request.headPersonNo()).asRosterPerson(), code);
        }
        unit.rename(request.name(), request.kind());
        unit.appointHead(request.headPersonNo());
        recorder.audit(unit, caller, "unit.changed", null,
                "单位 " + request.name() + " 负责人 " + Optional.ofNullable(request.headPersonNo()).orElse("（空缺）"));
        return units.save(unit);
    }

    PersonDocument addPerson(Caller caller, NewPerson request) {
        String bureau = caller.bureauAs(Role.ADMIN);
        unit(bureau, request.unitCode());
        PersonDocument person = new PersonDocument(bureau, request.personNo());
        describe(person, request.details());
        recorder.audit(person, caller, "person.added", null, "加入花名册：" + request.name());
        announce(person, MemberChanged.Change.JOINED);
        return people.insert(person);
    }

    PersonDocument changePerson(Caller caller, String personNo, PersonChange request) {
        String bureau = caller.bureauAs(Role.ADMIN);
        PersonDocument person = activePerson(bureau, personNo);
        unit(bureau, request.unitCode());
        RosterPerson before = person.asRosterPerson();
        RosterRules.requireNotHeadingAnotherWay(before,
                new RosterPerson(personNo, request.name(), request.unitCode(), request.partyMember(), true),
                headedUnit(bureau, personNo));
        describe(person, request);
        recorder.audit(person, caller, "person.changed", null, summary(before, person.asRosterPerson()));
        announce(person, MemberChanged.Change.UPDATED);
        return people.save(person);
    }

    PersonDocument leave(Caller caller, String personNo, String reason) {
        String bureau = caller.bureauAs(Role.ADMIN);
        PersonDocument person = activePerson(bureau, personNo);
        RosterPerson before = person.asRosterPerson();
        RosterRules.requireNotHeadingAnotherWay(before,
                new RosterPerson(personNo, before.name(), before.unitCode(), before.partyMember(), false),
                headedUnit(bureau, personNo));
        List<String> mentees = people.findByBureauIdAndActivistIsNotNullOrderByPersonNo(bureau).stream()
                .filter(p -> personNo.equals(p.activist().mentorPersonNo())).map(PersonDocument::personNo).toList();
        if (!mentees.isEmpty()) {
            throw new ConflictException("roster.mentor-has-activists",
                    Map.of("name", before.name(), "personNo", personNo, "activists", mentees));
        }
        person.leave(recorder.now());
        recorder.audit(person, caller, "person.left", reason, before.name() + " 离开本局");
        announce(person, MemberChanged.Change.LEFT);
        return people.save(person);
    }

    PersonDocument designateActivist(Caller caller, String personNo, ActivistDesignation request) {
        String bureau = caller.bureauAs(Role.ADMIN);
        PersonDocument activist = activePerson(bureau, personNo);
        RosterRules.requireActivistCandidate(activist.asRosterPerson());
        RosterRules.requireMentor(person(bureau, request.mentorPersonNo()).asRosterPerson(), activist.asRosterPerson());
        activist.activist(new PersonDocument.Activist(request.mentorPersonNo(), request.since()));
        recorder.audit(activist, caller, "activist.designated", null,
                activist.name() + " 列为入党积极分子，联系人 " + request.mentorPersonNo());
        return people.save(activist);
    }

    PersonDocument withdrawActivist(Caller caller, String personNo, String reason) {
        String bureau = caller.bureauAs(Role.ADMIN);
        PersonDocument person = person(bureau, personNo);
        if (person.activist() == null) {
            throw new ConflictException("roster.not-an-activist", Map.of("name", person.name(), "personNo", personNo));
        }
        person.activist(null);
        recorder.audit(person, caller, "activist.withdrawn", reason, person.name() + " 不再列为入党积极分子");
        return people.save(person);
    }

    UnitDocument unit(String bureau, String code) {
        return units.findByBureauIdAndCode(bureau, code)
                .orElseThrow(() -> new NotFoundException("unit.not-found", Map.of("unit", code)));
    }

    PersonDocument person(String bureau, String personNo) {
        return people.findByBureauIdAndPersonNo(bureau, personNo)
                .orElseThrow(() -> new NotFoundException("roster.person-not-found", Map.of("personNo", personNo)));
    }

    private PersonDocument activePerson(String bureau, String personNo) {
        PersonDocument person = person(bureau, personNo);
        if (!person.active()) {
            throw new ConflictException("roster.person-left", Map.of("name", person.name(), "personNo", personNo));
        }
        return person;
    }

    Optional<String> headedUnit(String bureau, String personNo) {
        return units.findByBureauIdAndHeadPersonNo(bureau, personNo).map(UnitDocument::code);
    }

    private static void describe(PersonDocument person, PersonChange details) {
        person.describe(details.name(), details.unitCode(), details.partyMember(), details.position(), details.phone());
    }

    private void announce(PersonDocument person, MemberChanged.Change change) {
        recorder.publish(person, EventTypes.MEMBER_CHANGED, new MemberChanged(person.personNo(), person.name(),
                person.unitCode(), person.partyMember(), person.active(), change));
    }

    private static String summary(RosterPerson before, RosterPerson after) {
        StringBuilder summary = new StringBuilder(after.name());
        if (!before.unitCode().equals(after.unitCode())) {
            summary.append(" 调至 ").append(after.unitCode());
        }
        if (before.partyMember() != after.partyMember()) {
            summary.append(after.partyMember() ? " 成为党员" : " 不再是党员");
        }
        return summary.toString();
    }
}
