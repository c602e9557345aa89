package cn.sangang.zone.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.sangang.events.Quarter;
import cn.sangang.platform.reminder.ChineseDates;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.platform.spreadsheet.Column;
import cn.sangang.platform.spreadsheet.XlsxDownloads;
import cn.sangang.zone.bureau.Bureaus;
import cn.sangang.zone.plan.domain.Coverage;
import cn.sangang.zone.plan.domain.Zone;
import cn.sangang.zone.plan.domain.ZoneMember;
import cn.sangang.zone.roster.RosterDirectory;
import cn.sangang.zone.roster.domain.RosterPerson;
import cn.sangang.zone.roster.domain.RosterSnapshot;

/**
 * The zone register (责任区登记表) and the coverage gaps (覆盖缺口) as .xlsx, for those who read them on screen. A
 * bureau's zones are one stored plan, and its coverage is worked out from its whole roster, so both are read whole
 * here as on screen; the rows are written as they are produced, not collected first.
 */
@RestController
@RequestMapping("/api/zone")
class ZoneWorkbookController {

    /** The screen 责任区 (web admin/routes.ts): the administrator, the leadership and the office. */
    private static final Role[] REGISTER_READERS = {Role.ADMIN, Role.LEADER, Role.OFFICE};

    /** Those who read GET /api/zone/coverage. */
    private static final Role[] COVERAGE_READERS = {Role.ADMIN, Role.LEADER, Role.SECRETARY, Role.OFFICE};

    /** As the coverage page words them (web admin/model.ts STALENESS). */
    private static final Map<Coverage.Staleness, String> STALENESS = Map.of(Coverage.Staleness.LEFT_BUREAU, "已离开本局",
            Coverage.Staleness.NOT_PARTY_MEMBER, "不是党员", Coverage.Staleness.MOVED_UNIT, "已调离责任区所在单位",
            Coverage.Staleness.NOT_ON_ROSTER, "不在花名册中", Coverage.Staleness.NO_LONGER_UNIT_HEAD, "已不是单位负责人");

    /** One member of one zone: a clerk files, sorts and filters by member, so the zone's own columns repeat. */
    record MemberLine(Zone zone, String unitName, String headName, ZoneMember member, String memberName) {
    }

    /** A party member in no zone, or a zone entry that names someone who can no longer be there. */
    record Gap(String kind, String personNo, String name, String unitName, String zoneName, String reason) {
    }

    private static final List<Column<MemberLine>> MEMBER_COLUMNS = List.of(Column.of("责任区", 24, l -> l.zone().name()),
            Column.of("公示牌编号", 14, l -> l.zone().plaqueCode()), Column.of("所属单位", 16, MemberLine::unitName),
            Column.of("负责人", 10, MemberLine::headName), Column.of("主要任务", 48, l -> numbered(l.zone().mainTasks())),
            Column.of("划定日期", 12, l -> l.zone().drawnOn()), Column.of("成员工号", 12, l -> l.member().personNo()),
            Column.of("成员姓名", 10, MemberLine::memberName), Column.of("具体责任", 48, l -> l.member().responsibility()));

    private static final List<Column<Gap>> GAP_COLUMNS = List.of(Column.of("类别", 18, Gap::kind),
            Column.of("工号", 12, Gap::personNo), Column.of("姓名", 10, Gap::name), Column.of("所在单位", 16, Gap::unitName),
            Column.of("责任区", 24, Gap::zoneName), Column.of("原因", 24, Gap::reason));

    private final ZonePlans plans;
    private final RosterDirectory roster;
    private final Bureaus bureaus;
    private final Clock clock;

    ZoneWorkbookController(ZonePlans plans, RosterDirectory roster, Bureaus bureaus, Clock clock) {
        this.plans = plans;
        this.roster = roster;
        this.bureaus = bureaus;
        this.clock = clock;
    }

    @GetMapping("/zones.xlsx")
    ResponseEntity<StreamingResponseBody> zones(Caller caller) {
        String bureau = caller.bureauAs(REGISTER_READERS);
        String title = bureaus.nameOf(bureau) + "党员责任区登记表";
        return XlsxDownloads.attachment(title + "（" + ChineseDates.date(today()) + "）.xlsx", "责任区", title,
                MEMBER_COLUMNS, () -> memberLines(bureau).iterator());
    }

    @GetMapping("/coverage.xlsx")
    ResponseEntity<StreamingResponseBody> coverage(Caller caller) {
        String bureau = caller.bureauAs(COVERAGE_READERS);
        RosterSnapshot snapshot = roster.snapshot(bureau);
        Coverage coverage = plans.of(bureau).coverage(snapshot);
        Map<String, String> units = roster.unitNames(bureau);
        String name = bureaus.nameOf(bureau);
        String day = ChineseDates.date(today());
        String title = name + "党员责任区覆盖缺口（截至" + day + "：在册党员" + coverage.partyMembers() + "人，已纳入" + coverage.covered()
                + "人）";
        return XlsxDownloads.attachment(name + "责任区覆盖缺口（" + day + "）.xlsx", "覆盖缺口", title, GAP_COLUMNS,
                () -> gaps(coverage, snapshot, units).iterator());
    }

    private Stream<MemberLine> memberLines(String bureau) {
        List<Zone> zones = plans.of(bureau).zones();
        Map<String, String> names = roster.personNames(bureau);
        Map<String, String> units = roster.unitNames(bureau);
        return zones.stream()
                .flatMap(zone -> zone.members().stream()
                        .map(member -> new MemberLine(zone, units.getOrDefault(zone.unitCode(), zone.unitCode()),
                                names.get(zone.headPersonNo()), member, names.get(member.personNo()))));
    }

    private static Stream<Gap> gaps(Coverage coverage, RosterSnapshot snapshot, Map<String, String> units) {
        Stream<Gap> uncovered = coverage.uncovered().stream().map(p -> new Gap("未纳入责任区", p.personNo(), p.name(),
                units.getOrDefault(p.unitCode(), p.unitCode()), null, "未纳入任何责任区"));
        Stream<Gap> stale = coverage.stale().stream().map(s -> {
            RosterPerson person = snapshot.person(s.personNo()).orElse(null);
            return new Gap("责任区名单需调整", s.personNo(), person == null ? null : person.name(),
                    person == null ? null : units.getOrDefault(person.unitCode(), person.unitCode()), s.zone().name(),
                    STALENESS.get(s.reason()));
        });
        return Stream.concat(uncovered, stale);
    }

    /** On one line: the sheet does not wrap its cells, and a clerk's filter reads the line whole. */
    private static String numbered(List<String> tasks) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tasks.size(); i++) {
            text.append(i == 0 ? "" : "；").append(i + 1).append('.').append(tasks.get(i));
        }
        return text.toString();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Quarter.BUREAU_TIME);
    }
}
