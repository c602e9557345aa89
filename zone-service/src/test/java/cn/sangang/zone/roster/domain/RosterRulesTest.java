package cn.sangang.zone.roster.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.RuleViolationException;

class RosterRulesTest {

    private final RosterPerson member = new RosterPerson("P1", "党员", "linzheng", true, true);
    private final RosterPerson nonMember = new RosterPerson("P2", "群众", "linzheng", false, true);

    @Test
    void a_unit_head_is_an_active_party_member_of_the_unit() {
        assertThatCode(() -> RosterRules.requireHeadable(member, "linzheng")).doesNotThrowAnyException();
        assertThatThrownBy(() -> RosterRules.requireHeadable(nonMember, "linzheng"))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "roster.head-not-party-member");
        assertThatThrownBy(() -> RosterRules.requireHeadable(member, "fazhi"))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "roster.head-in-other-unit");
        assertThatThrownBy(
                () -> RosterRules.requireHeadable(new RosterPerson("P3", "离开", "linzheng", true, false), "linzheng"))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "roster.head-left");
    }

    @Test
    void an_activist_is_a_non_member_looked_after_by_another_active_party_member() {
        assertThatCode(() -> RosterRules.requireActivistCandidate(nonMember)).doesNotThrowAnyException();
        assertThatCode(() -> RosterRules.requireMentor(member, nonMember)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RosterRules.requireActivistCandidate(member))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "roster.activist-is-party-member");
        assertThatThrownBy(() -> RosterRules.requireMentor(nonMember, new RosterPerson("P4", "另一位", "x", false, true)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "roster.mentor-not-party-member");
        assertThatThrownBy(() -> RosterRules.requireMentor(nonMember, nonMember))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "roster.self-mentor");
    }

    @Test
    void a_unit_head_cannot_leave_lose_membership_or_move_until_another_head_is_appointed() {
        Optional<String> heads = Optional.of("linzheng");

        assertThatThrownBy(() -> RosterRules.requireNotHeadingAnotherWay(member,
                new RosterPerson("P1", "党员", "linzheng", true, false), heads)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> RosterRules.requireNotHeadingAnotherWay(member,
                new RosterPerson("P1", "党员", "linzheng", false, true), heads)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> RosterRules.requireNotHeadingAnotherWay(member,
                new RosterPerson("P1", "党员", "fazhi", true, true), heads)).isInstanceOf(ConflictException.class);
        assertThatCode(() -> RosterRules.requireNotHeadingAnotherWay(member,
                new RosterPerson("P1", "党员", "linzheng", true, false), Optional.empty())).doesNotThrowAnyException();
    }
}
