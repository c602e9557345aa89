package cn.sangang.zone.roster;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.problem.ForbiddenException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.zone.Membership;
import cn.sangang.platform.zone.PartyMember;
import cn.sangang.platform.zone.PeopleFound;
import cn.sangang.platform.zone.PeopleLookup;
import cn.sangang.platform.zone.UnitMembership;

/**
 * The question other services ask synchronously — is this person a party member of this bureau, and in which
 * unit? — answered from one indexed read, in the shapes zone-contract gives its consumers (its example answers are
 * what {@code ZoneContractTest} holds these to). Any caller of the bureau may ask about a person; a unit's people
 * are read by the roster readers, and by a plain member for their own unit only. Services forward the user's token.
 */
@RestController
@RequestMapping("/api/zone/membership")
class MembershipController {

    /** The body of {@link #people}: zone-contract's {@link PeopleLookup}, validated. */
    record PeopleQuestion(
            @NotNull @Size(min = 1, max = PeopleLookup.MAX_PEOPLE) List<@NotNull @Pattern(regexp = RosterApi.PERSON_NO) String> personNos) {
    }

    private final RosterService roster;
    private final RosterDirectory directory;

    MembershipController(RosterService roster, RosterDirectory directory) {
        this.roster = roster;
        this.directory = directory;
    }

    @GetMapping("/people/{personNo}")
    Membership person(Caller caller, @PathVariable @Pattern(regexp = RosterApi.PERSON_NO) String personNo) {
        String bureau = caller.bureau();
        PersonDocument person = roster.person(bureau, personNo);
        return new Membership(person.personNo(), person.name(), person.partyMember(), person.active(),
                person.unitCode(), roster.unit(bureau, person.unitCode()).name(),
                roster.headedUnit(bureau, personNo).orElse(null));
    }

    /**
     * Many people in one question, so a service checking everyone a form names does not ask person by person: who
     * of them is on the roster (also those who left, as {@link #person} answers), and which numbers are not — both
     * in the order asked, each once. Asked by the same callers as {@link #person}.
     */
    @PostMapping("/people/lookup")
    PeopleFound people(Caller caller, @Valid @RequestBody PeopleQuestion question) {
        String bureau = caller.bureau();
        List<String> asked = List.copyOf(new LinkedHashSet<>(question.personNos()));
        Map<String, PersonDocument> found = directory.peopleIn(bureau, asked).stream()
                .collect(Collectors.toMap(PersonDocument::personNo, Function.identity()));
        List<UnitDocument> bureauUnits = directory.units(bureau);
        Map<String, String> unitNames = bureauUnits.stream()
                .collect(Collectors.toMap(UnitDocument::code, UnitDocument::name));
        Map<String, String> headOf = bureauUnits.stream().filter(u -> u.headPersonNo() != null)
                .collect(Collectors.toMap(UnitDocument::headPersonNo, UnitDocument::code, (first, second) -> first));
        return new PeopleFound(
                asked.stream().filter(found::containsKey).map(found::get)
                        .map(p -> new Membership(p.personNo(), p.name(), p.partyMember(), p.active(), p.unitCode(),
                                unitNames.get(p.unitCode()), headOf.get(p.personNo())))
                        .toList(),
                asked.stream().filter(personNo -> !found.containsKey(personNo)).toList());
    }

    /**
     * Everyone now working in a unit, so a collective post can check that all of them are party members. The roster
     * readers may read every unit, as they read the whole roster anyway; a plain member reads the colleagues of
     * their own unit, among whom they choose who answers for an item of their pledge, and no other unit.
     */
    @GetMapping("/units/{unitCode}")
    UnitMembership unit(Caller caller, @PathVariable @Pattern(regexp = RosterApi.UNIT_CODE) String unitCode) {
        String bureau = caller.bureau();
        UnitDocument unit = roster.unit(bureau, unitCode);
        boolean rosterReader = Arrays.stream(RosterController.ROSTER_READERS).anyMatch(caller::has);
        if (!rosterReader && directory.findPerson(bureau, caller.memberId())
                .filter(me -> me.active() && unitCode.equals(me.unitCode())).isEmpty()) {
            throw new ForbiddenException("roster.other-unit");
        }
        return new UnitMembership(unit.code(), unit.name(), directory.activeIn(bureau, unitCode).stream()
                .map(p -> new UnitMembership.Member(p.personNo(), p.name(), p.partyMember())).toList());
    }

    /**
     * Every party member now in the bureau, in one answer, so a service asking "who has not yet …" does not ask
     * person by person. Names the whole bureau's members, so only the roles that read the roster may ask.
     */
    @GetMapping("/party-members")
    List<PartyMember> partyMembers(Caller caller) {
        String bureau = caller.bureauAs(RosterController.ROSTER_READERS);
        Map<String, String> units = directory.unitNames(bureau);
        return directory.partyMembers(bureau).stream()
                .map(p -> new PartyMember(p.personNo(), p.name(), p.unitCode(), units.get(p.unitCode()))).toList();
    }
}
