package cn.sangang.zone.roster;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.zone.roster.RosterApi.ActivistDesignation;
import cn.sangang.zone.roster.RosterApi.Leaving;
import cn.sangang.zone.roster.RosterApi.NewPerson;
import cn.sangang.zone.roster.RosterApi.NewUnit;
import cn.sangang.zone.roster.RosterApi.PersonChange;
import cn.sangang.zone.roster.RosterApi.PersonView;
import cn.sangang.zone.roster.RosterApi.UnitChange;
import cn.sangang.zone.roster.RosterApi.UnitView;

/** The bureau roster: units, people, activists. Read by the bureau's staff roles, written by its ADMIN. */
@RestController
@RequestMapping("/api/zone")
class RosterController {

    static final Role[] ROSTER_READERS = {Role.ADMIN, Role.LEADER, Role.SECRETARY, Role.OFFICE, Role.UNIT_HEAD};

    private final RosterService roster;
    private final RosterDirectory directory;

    RosterController(RosterService roster, RosterDirectory directory) {
        this.roster = roster;
        this.directory = directory;
    }

    @GetMapping("/units")
    List<UnitView> units(Caller caller) {
        String bureau = caller.bureauAs(ROSTER_READERS);
        Map<String, String> names = directory.personNames(bureau);
        return directory.units(bureau).stream().map(u -> view(u, names)).toList();
    }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    UnitView createUnit(Caller caller, @Valid @RequestBody NewUnit request) {
        return view(roster.createUnit(caller, request), Map.of());
    }

    @PutMapping("/units/{code}")
    UnitView changeUnit(Caller caller, @PathVariable @Pattern(regexp = RosterApi.UNIT_CODE) String code,
            @Valid @RequestBody UnitChange request) {
        UnitDocument unit = roster.changeUnit(caller, code, request);
        return view(unit, directory.personNames(unit.getBureauId()));
    }

    @GetMapping("/people")
    List<PersonView> people(Caller caller) {
        return directory.people(caller.bureauAs(ROSTER_READERS)).stream().map(PersonView::of).toList();
    }

    /** A person's own entry is readable by that person; anyone else's by the roster readers. */
    @GetMapping("/people/{personNo}")
    PersonView person(Caller caller, @PathVariable @Pattern(regexp = RosterApi.PERSON_NO) String personNo) {
        if (!personNo.equals(caller.memberId())) {
            caller.require(ROSTER_READERS);
        }
        return PersonView.of(roster.person(caller.bureau(), personNo));
    }

    @PostMapping("/people")
    @ResponseStatus(HttpStatus.CREATED)
    PersonView addPerson(Caller caller, @Valid @RequestBody NewPerson request) {
        return PersonView.of(roster.addPerson(caller, request));
    }

    @PutMapping("/people/{personNo}")
    PersonView changePerson(Caller caller, @PathVariable @Pattern(regexp = RosterApi.PERSON_NO) String personNo,
            @Valid @RequestBody PersonChange request) {
        return PersonView.of(roster.changePerson(caller, personNo, request));
    }

    @PostMapping("/people/{personNo}/leave")
    PersonView leave(Caller caller, @PathVariable @Pattern(regexp = RosterApi.PERSON_NO) String personNo,
            @Valid @RequestBody Leaving request) {
        return PersonView.of(roster.leave(caller, personNo, request.reason()));
    }

    @GetMapping("/activists")
    List<PersonView> activists(Caller caller) {
        return directory.activists(caller.bureauAs(ROSTER_READERS)).stream().map(PersonView::of).toList();
    }

    @PutMapping("/people/{personNo}/activist")
    PersonView designateActivist(Caller caller, @PathVariable @Pattern(regexp = RosterApi.PERSON_NO) String personNo,
            @Valid @RequestBody ActivistDesignation request) {
        return PersonView.of(roster.designateActivist(caller, personNo, request));
    }

    @PostMapping("/people/{personNo}/activist/withdraw")
    PersonView withdrawActivist(Caller caller, @PathVariable @Pattern(regexp = RosterApi.PERSON_NO) String personNo,
            @Valid @RequestBody Leaving request) {
        return PersonView.of(roster.withdrawActivist(caller, personNo, request.reason()));
    }

    private static UnitView view(UnitDocument unit, Map<String, String> names) {
        return new UnitView(unit.code(), unit.name(), unit.kind(), unit.headPersonNo(),
                unit.headPersonNo() == null ? null : names.get(unit.headPersonNo()));
    }
}
