package cn.sangang.zone.roster;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.sangang.zone.roster.domain.UnitKind;

/** The request and response bodies of the roster API. */
final class RosterApi {

    static final String UNIT_CODE = "[a-z][a-z0-9-]{0,31}";
    static final String PERSON_NO = "[A-Za-z0-9_-]{1,32}";
    static final String PHONE = "[0-9+ -]{5,20}";

    private RosterApi() {
    }

    record NewUnit(@NotNull @Pattern(regexp = UNIT_CODE) String code, @NotBlank @Size(max = 40) String name,
            @NotNull UnitKind kind) {
    }

    record UnitChange(@NotBlank @Size(max = 40) String name, @NotNull UnitKind kind,
            @Pattern(regexp = PERSON_NO) String headPersonNo) {
    }

    record NewPerson(@NotNull @Pattern(regexp = PERSON_NO) String personNo, @NotBlank @Size(max = 40) String name,
            @NotNull @Pattern(regexp = UNIT_CODE) String unitCode, @NotNull Boolean partyMember,
            @Size(max = 60) String position, @Pattern(regexp = PHONE) String phone) {

        PersonChange details() {
            return new PersonChange(name, unitCode, partyMember, position, phone);
        }
    }

    record PersonChange(@NotBlank @Size(max = 40) String name, @NotNull @Pattern(regexp = UNIT_CODE) String unitCode,
            @NotNull Boolean partyMember, @Size(max = 60) String position, @Pattern(regexp = PHONE) String phone) {
    }

    record Leaving(@NotBlank @Size(max = 500) String reason) {
    }

    record ActivistDesignation(@NotNull @Pattern(regexp = PERSON_NO) String mentorPersonNo,
            @NotNull @PastOrPresent LocalDate since) {
    }

    record UnitView(String code, String name, UnitKind kind, String headPersonNo, String headName) {
    }

    record PersonView(String personNo, String name, String unitCode, boolean partyMember, String position, String phone,
            boolean active, Instant leftAt, ActivistView activist) {

        static PersonView of(PersonDocument p) {
            return new PersonView(p.personNo(), p.name(), p.unitCode(), p.partyMember(), p.position(), p.phone(),
                    p.active(), p.leftAt(),
                    p.activist() == null
                            ? null
                            : new ActivistView(p.activist().mentorPersonNo(), p.activist().since()));
        }
    }

    record ActivistView(String mentorPersonNo, LocalDate since) {
    }
}
