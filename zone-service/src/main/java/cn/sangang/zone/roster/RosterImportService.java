package cn.sangang.zone.roster;

import static cn.sangang.zone.roster.RosterWorkbook.NAME;
import static cn.sangang.zone.roster.RosterWorkbook.PARTY_MEMBER;
import static cn.sangang.zone.roster.RosterWorkbook.PERSON_NO;
import static cn.sangang.zone.roster.RosterWorkbook.PHONE;
import static cn.sangang.zone.roster.RosterWorkbook.POSITION;
import static cn.sangang.zone.roster.RosterWorkbook.UNIT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.sangang.platform.problem.DomainException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.platform.spreadsheet.ImportedRow;
import cn.sangang.platform.spreadsheet.XlsxImport;
import cn.sangang.zone.roster.RosterApi.NewPerson;
import cn.sangang.zone.roster.RosterApi.PersonChange;
import cn.sangang.zone.roster.domain.RosterPerson;
import cn.sangang.zone.roster.domain.RosterRules;

/**
 * The roster from a workbook, by person number: each row adds a person or changes one, through the same steps as
 * the roster page (so the same rules, audit entries and roster events), and a row equal to the roster is left
 * alone — importing the same file twice changes nothing the second time. Every row is checked before any is
 * written, so either all rows are valid, or nothing is written unless the caller asked for the valid rows only.
 */
@Service
class RosterImportService {

    enum Action {
        ADD, UPDATE, UNCHANGED
    }

    record RowResult(int row, String personNo, String name, Action action, List<String> errors) {
    }

    record Totals(int rows, int valid, int invalid, int added, int changed, int unchanged) {
    }

    record Report(boolean applied, Totals totals, List<RowResult> rows) {
    }

    /** Some rows are invalid and the caller did not ask to import the valid ones only: nothing was written. */
    static final class InvalidRows extends RuntimeException {

        private final transient Report report;

        InvalidRows(Report report) {
            super(report.totals().invalid() + " invalid rows");
            this.report = report;
        }

        Report report() {
            return report;
        }
    }

    private record Planned(RowResult result, PersonChange change) {

        boolean valid() {
            return result.errors().isEmpty();
        }
    }

    private final RosterService roster;
    private final UnitRepository units;
    private final PersonRepository people;

    RosterImportService(RosterService roster, UnitRepository units, PersonRepository people) {
        this.roster = roster;
        this.units = units;
        this.people = people;
    }

    Report preview(Caller caller, byte[] file) {
        return report(false, plan(caller.bureauAs(Role.ADMIN), file));
    }

    Report apply(Caller caller, byte[] file, boolean validRowsOnly) {
        List<Planned> plan = plan(caller.bureauAs(Role.ADMIN), file);
        if (!validRowsOnly && plan.stream().anyMatch(p -> !p.valid())) {
            throw new InvalidRows(report(false, plan));
        }
        for (Planned planned : plan) {
            RowResult row = planned.result();
            if (!planned.valid() || row.action() == Action.UNCHANGED) {
                continue;
            }
            PersonChange change = planned.change();
            if (row.action() == Action.ADD) {
                roster.addPerson(caller, new NewPerson(row.personNo(), change.name(), change.unitCode(),
                        change.partyMember(), change.position(), change.phone()));
            } else {
                roster.changePerson(caller, row.personNo(), change);
            }
        }
        return report(true, plan);
    }

    private List<Planned> plan(String bureau, byte[] file) {
        List<ImportedRow> rows = XlsxImport.read(file, RosterWorkbook.IMPORTED, XlsxImport.Limits.DEFAULT);
        List<UnitDocument> bureauUnits = units.findByBureauIdOrderByCode(bureau);
        Map<String, List<UnitDocument>> unitsByName = bureauUnits.stream()
                .collect(Collectors.groupingBy(UnitDocument::name));
        Map<String, UnitDocument> unitsByCode = bureauUnits.stream()
                .collect(Collectors.toMap(UnitDocument::code, Function.identity()));
        Map<String, String> headOf = bureauUnits.stream().filter(u -> u.headPersonNo() != null)
                .collect(Collectors.toMap(UnitDocument::headPersonNo, UnitDocument::code, (a, b) -> a));
        List<String> personNos = rows.stream().map(r -> r.text(PERSON_NO)).filter(Objects::nonNull).toList();
        Map<String, PersonDocument> existing = people.findByBureauIdAndPersonNoIn(bureau, personNos).stream()
                .collect(Collectors.toMap(PersonDocument::personNo, Function.identity()));
        Map<String, Integer> seen = new HashMap<>();
        List<Planned> plan = new ArrayList<>();
        for (ImportedRow row : rows) {
            String personNo = required(row, PERSON_NO);
            if (personNo != null && !personNo.matches(RosterApi.PERSON_NO)) {
                row.reject(PERSON_NO, "只能由字母、数字、下划线或短横线组成，最多32位");
            } else if (personNo != null && seen.putIfAbsent(personNo, row.number()) != null) {
                row.reject(PERSON_NO, "与第" + seen.get(personNo) + "行重复");
            }
            String name = required(row, NAME);
            if (name != null && name.length() > 40) {
                row.reject(NAME, "最多40个字");
            }
            String unitCode = unitCode(row, unitsByName, unitsByCode);
            Boolean partyMember = required(row, PARTY_MEMBER) == null ? null : row.flag(PARTY_MEMBER);
            String position = row.text(POSITION);
            if (position != null && position.length() > 60) {
                row.reject(POSITION, "最多60个字");
            }
            String phone = row.text(PHONE);
            if (phone != null && !phone.matches(RosterApi.PHONE)) {
                row.reject(PHONE, "应为5至20位数字（可含空格、+、-）");
            }
            PersonDocument before = personNo == null ? null : existing.get(personNo);
            PersonChange change = new PersonChange(name, unitCode, partyMember, position, phone);
            Action action = before == null ? Action.ADD : same(before, change) ? Action.UNCHANGED : Action.UPDATE;
            if (action == Action.UPDATE && row.valid()) {
                checkChange(row, before, change, Optional.ofNullable(headOf.get(personNo)), unitsByCode);
            }
            plan.add(new Planned(new RowResult(row.number(), personNo, name, action, row.errors()), change));
        }
        return plan;
    }

    private static String required(ImportedRow row, String header) {
        String text = row.text(header);
        if (text == null) {
            row.reject(header, "必填");
        }
        return text;
    }

    /** The unit named in the row, by its name (as exported) or by its code. */
    private static String unitCode(ImportedRow row, Map<String, List<UnitDocument>> byName,
            Map<String, UnitDocument> byCode) {
        String unit = required(row, UNIT);
        if (unit == null) {
            return null;
        }
        List<UnitDocument> named = byName.getOrDefault(unit, List.of());
        if (named.size() > 1) {
            row.reject(UNIT, "本局有多个名为“" + unit + "”的单位，请填写单位编码");
            return null;
        }
        if (named.size() == 1) {
            return named.getFirst().code();
        }
        if (byCode.containsKey(unit)) {
            return unit;
        }
        row.reject(UNIT, "本局没有名为“" + unit + "”的单位");
        return null;
    }

    /** The roster's own rules for a change, said in the row: one who left stays as they were, a head stays a head. */
    private static void checkChange(ImportedRow row, PersonDocument before, PersonChange change,
            Optional<String> headedUnit, Map<String, UnitDocument> unitsByCode) {
        if (!before.active()) {
            row.reject(PERSON_NO, before.name() + " 已离开本局，不能通过导入修改");
            return;
        }
        try {
            RosterRules.requireNotHeadingAnotherWay(before.asRosterPerson(),
                    new RosterPerson(before.personNo(), change.name(), change.unitCode(), change.partyMember(), true),
                    headedUnit);
        } catch (DomainException heading) {
            String unit = headedUnit.map(unitsByCode::get).map(UnitDocument::name).orElse("");
            row.reject(change.partyMember() ? UNIT : PARTY_MEMBER,
                    before.name() + " 是“" + unit + "”的负责人，须为该单位党员；请先在单位管理中更换负责人");
        }
    }

    private static boolean same(PersonDocument person, PersonChange change) {
        return Objects.equals(person.name(), change.name()) && Objects.equals(person.unitCode(), change.unitCode())
                && Objects.equals(person.partyMember(), change.partyMember())
                && Objects.equals(blankAsNull(person.position()), change.position())
                && Objects.equals(blankAsNull(person.phone()), change.phone());
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Report report(boolean applied, List<Planned> plan) {
        List<RowResult> rows = plan.stream().map(Planned::result).toList();
        int valid = (int) plan.stream().filter(Planned::valid).count();
        return new Report(applied, new Totals(rows.size(), valid, rows.size() - valid, count(plan, Action.ADD),
                count(plan, Action.UPDATE), count(plan, Action.UNCHANGED)), rows);
    }

    private static int count(List<Planned> plan, Action action) {
        return (int) plan.stream().filter(p -> p.valid() && p.result().action() == action).count();
    }
}
