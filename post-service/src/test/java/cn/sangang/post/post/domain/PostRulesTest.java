package cn.sangang.post.post.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.sangang.events.Quarter;
import cn.sangang.events.post.PostAssessed.Remedy;
import cn.sangang.events.post.PostAssessed.Result;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.RuleViolationException;

class PostRulesTest {

    private final LocalDate today = LocalDate.of(2026, 5, 10);

    @Test
    void a_collective_post_needs_every_person_of_its_unit_to_be_a_party_member_naming_who_is_not() {
        assertThatThrownBy(() -> Nomination.requireAllPartyMembers("office", List.of(
            new Nomination.UnitMember("P1", "甲", true), new Nomination.UnitMember("P2", "乙", false),
            new Nomination.UnitMember("P3", "丙", false))))
            .isInstanceOf(RuleViolationException.class).hasMessageContaining("乙（P2）、丙（P3）")
            .message().doesNotContain("P1");
        assertThatCode(() -> Nomination.requireAllPartyMembers("office",
            List.of(new Nomination.UnitMember("P1", "甲", true)))).doesNotThrowAnyException();
    }

    @Test
    void every_standard_is_answered() {
        Map<Standard, String> all = new EnumMap<>(Standard.class);
        for (Standard standard : Standard.values()) {
            all.put(standard, "答");
        }
        assertThatCode(() -> Nomination.requireEveryStandardAnswered(all)).doesNotThrowAnyException();
        all.remove(Standard.KEEPS_DISCIPLINE);
        assertThatThrownBy(() -> Nomination.requireEveryStandardAnswered(all)).hasMessageContaining("KEEPS_DISCIPLINE");
    }

    @Test
    void a_revoked_post_is_neither_assessed_nor_revoked_again() {
        assertThatThrownBy(() -> PostStatus.REVOKED.requireTitled("an assessment")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(PostStatus.REVOKED::revoke).isInstanceOf(ConflictException.class);
        assertThat(PostStatus.AWARDED.revoke()).isEqualTo(PostStatus.REVOKED);
    }

    @Test
    void a_post_is_established_once_and_awarded_once() {
        assertThat(PostStatus.NOMINATED.establish().award()).isEqualTo(PostStatus.AWARDED);
        assertThatThrownBy(PostStatus.ESTABLISHED::establish).isInstanceOf(ConflictException.class);
        assertThatThrownBy(PostStatus.AWARDED::award).isInstanceOf(ConflictException.class);
        assertThatThrownBy(PostStatus.NOMINATED::award).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_quarter_is_assessed_once_after_it_began_and_a_fail_orders_a_remedy() {
        LocalDate awarded = LocalDate.of(2026, 1, 20);
        assertThatThrownBy(() -> Assessments.requireAssessable(Quarter.parse("2026-Q3"), today, awarded, List.of()))
            .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Assessments.requireAssessable(Quarter.parse("2026-Q2"), today, awarded, List.of("2026-Q2")))
            .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Assessments.requireAssessable(Quarter.parse("2025-Q4"), today, awarded, List.of()))
            .isInstanceOf(RuleViolationException.class).hasMessageContaining("before the plaque was awarded");
        assertThatCode(() -> Assessments.requireAssessable(Quarter.parse("2026-Q1"), today, awarded, List.of()))
            .doesNotThrowAnyException();
        assertThatThrownBy(() -> Assessments.requireRemedy(Result.FAIL, Remedy.NONE, null, today))
            .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Assessments.requireRemedy(Result.PASS, Remedy.ADJUST, null, today))
            .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Assessments.requireRemedy(Result.FAIL, Remedy.RECTIFY, today, today))
            .isInstanceOf(RuleViolationException.class);
        assertThatCode(() -> Assessments.requireRemedy(Result.FAIL, Remedy.RECTIFY, today.plusDays(1), today))
            .doesNotThrowAnyException();
    }
}
