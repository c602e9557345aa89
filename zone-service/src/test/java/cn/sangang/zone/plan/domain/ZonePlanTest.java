package cn.sangang.zone.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.RuleViolationException;
import cn.sangang.zone.roster.domain.RosterPerson;
import cn.sangang.zone.roster.domain.RosterSnapshot;

class ZonePlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    private final List<RosterPerson> people = new ArrayList<>(List.of(member("H1", "linzheng"),
            member("M1", "linzheng"), member("M2", "linzheng"), new RosterPerson("N1", "非党员", "linzheng", false, true),
            member("H2", "fazhi"), member("M3", "fazhi")));
    private final Map<String, String> heads = new HashMap<>(Map.of("linzheng", "H1", "fazhi", "H2", "office", ""));
    private final ZonePlan plan = new ZonePlan(List.of());

    @Test
    void a_zone_is_headed_by_the_head_of_its_unit() {
        assertThatThrownBy(() -> draw("A", "linzheng", "M1", "H1", "M1")).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "zone.head-not-unit-head");
        assertThatThrownBy(() -> draw("A", "office", "M1", "M1")).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "zone.unit-has-no-head");

        Zone zone = draw("A", "linzheng", "H1", "H1", "M1");

        assertThat(zone.headPersonNo()).isEqualTo("H1");
        assertThat(zone.drawnOn()).isEqualTo(TODAY);
    }

    @Test
    void the_head_is_listed_among_the_members_with_a_responsibility() {
        assertThatThrownBy(() -> draw("A", "linzheng", "H1", "M1")).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "zone.head-not-member");
    }

    @Test
    void a_person_is_in_at_most_one_zone() {
        draw("A", "linzheng", "H1", "H1", "M1");

        assertThatThrownBy(() -> draw("B", "linzheng", "H1", "H1", "M2")).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "zone.members-in-other-zone")
                .hasFieldOrPropertyWithValue("args", Map.of("zones", List.of("A"), "people", List.of("H1（H1）")));
    }

    @Test
    void rejects_members_who_are_not_active_party_members_of_the_unit_naming_each() {
        people.add(new RosterPerson("L1", "离开者", "linzheng", true, false));

        assertThatThrownBy(() -> draw("A", "linzheng", "H1", "H1", "N1", "L1", "M3", "GHOST", "M1", "M1"))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "zone.members-listed-twice")
                .hasFieldOrPropertyWithValue("args", Map.of("people", List.of("M1")));
        assertThatThrownBy(() -> draw("A", "linzheng", "H1", "H1", "N1", "L1", "M3", "GHOST"))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "zone.members-not-on-roster")
                .hasFieldOrPropertyWithValue("args", Map.of("people", List.of("GHOST")));
        assertThatThrownBy(() -> draw("A", "linzheng", "H1", "H1", "N1", "L1", "M3"))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "zone.members-not-party-members")
                .hasFieldOrPropertyWithValue("args", Map.of("people", List.of("非党员（N1）", "离开者（L1）")));
        assertThatThrownBy(() -> draw("A", "linzheng", "H1", "H1", "M3")).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "zone.members-in-other-unit")
                .hasFieldOrPropertyWithValue("args", Map.of("unit", "linzheng", "people", List.of("M3（M3）")));
    }

    @Test
    void zone_names_are_unique_in_a_bureau() {
        draw("A", "linzheng", "H1", "H1");

        assertThatThrownBy(() -> draw("A", "fazhi", "H2", "H2")).isInstanceOf(ConflictException.class);
    }

    @Test
    void redrawing_a_zone_keeps_its_members_and_plaque_and_may_add_others() {
        Zone zone = draw("A", "linzheng", "H1", "H1", "M1");

        Zone redrawn = plan.redraw(zone.zoneId(), draft("A2", "linzheng", "H1", "H1", "M1", "M2"), roster());

        assertThat(redrawn.plaqueCode()).isEqualTo(zone.plaqueCode());
        assertThat(redrawn.members()).extracting(ZoneMember::personNo).containsExactly("H1", "M1", "M2");
        assertThat(plan.zones()).hasSize(1);
    }

    @Test
    void dissolving_a_zone_frees_its_members_for_another() {
        Zone zone = draw("A", "linzheng", "H1", "H1", "M1");
        plan.dissolve(zone.zoneId());

        assertThat(draw("B", "linzheng", "H1", "H1", "M1").name()).isEqualTo("B");
    }

    @Test
    void coverage_lists_every_active_party_member_in_no_zone() {
        draw("A", "linzheng", "H1", "H1", "M1");

        Coverage coverage = plan.coverage(roster());

        assertThat(coverage.partyMembers()).isEqualTo(5);
        assertThat(coverage.covered()).isEqualTo(2);
        assertThat(coverage.uncovered()).extracting(RosterPerson::personNo).containsExactly("H2", "M2", "M3");
        assertThat(coverage.complete()).isFalse();
    }

    @Test
    void coverage_lists_zone_entries_of_people_who_left_or_are_no_longer_members() {
        draw("A", "linzheng", "H1", "H1", "M1", "M2");
        draw("F", "fazhi", "H2", "H2", "M3");
        people.replaceAll(p -> switch (p.personNo()) {
            case "M1" -> new RosterPerson("M1", "M1", "linzheng", true, false);
            case "M2" -> new RosterPerson("M2", "M2", "linzheng", false, true);
            case "M3" -> new RosterPerson("M3", "M3", "linzheng", true, true);
            default -> p;
        });

        Coverage coverage = plan.coverage(roster());

        assertThat(coverage.stale()).extracting(s -> s.personNo() + ":" + s.reason())
                .containsExactlyInAnyOrder("M1:LEFT_BUREAU", "M2:NOT_PARTY_MEMBER", "M3:MOVED_UNIT");
        assertThat(coverage.uncovered()).isEmpty();
    }

    @Test
    void coverage_flags_a_zone_whose_head_no_longer_heads_its_unit() {
        draw("A", "linzheng", "H1", "H1", "M1", "M2");
        heads.put("linzheng", "M1");

        assertThat(plan.coverage(roster()).stale()).extracting(s -> s.personNo() + ":" + s.reason())
                .containsExactly("H1:NO_LONGER_UNIT_HEAD");
    }

    @Test
    void full_coverage_is_complete() {
        draw("A", "linzheng", "H1", "H1", "M1", "M2");
        draw("F", "fazhi", "H2", "H2", "M3");

        assertThat(plan.coverage(roster()).complete()).isTrue();
    }

    private Zone draw(String name, String unit, String head, String... members) {
        return plan.draw(draft(name, unit, head, members), roster(), "z-" + name + plan.zones().size(), "ZR" + name,
                TODAY);
    }

    private static ZoneDraft draft(String name, String unit, String head, String... members) {
        return new ZoneDraft(unit, name, head, List.of("走访群众"),
                java.util.Arrays.stream(members).map(m -> new ZoneMember(m, "负责" + m)).toList());
    }

    private RosterSnapshot roster() {
        return new RosterSnapshot(people, heads);
    }

    private static RosterPerson member(String personNo, String unit) {
        return new RosterPerson(personNo, personNo, unit, true, true);
    }
}
