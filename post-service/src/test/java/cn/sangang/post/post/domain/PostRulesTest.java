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
import cn.sangang.platform.problem.BadRequestException;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.DomainException;
import cn.sangang.platform.problem.ProblemMessages;
import cn.sangang.platform.problem.RuleViolationException;

class PostRulesTest {

    private final LocalDate today = LocalDate.of(2026, 5, 10);

    @Test
    void a_collective_post_needs_every_person_of_its_unit_to_be_a_party_member_naming_who_is_not() {
        assertThatThrownBy(() -> Nomination.requireAllPartyMembers("office",
                List.of(new Nomination.UnitMember("P1", "甲", true), new Nomination.UnitMember("P2", "乙", false),
                        new Nomination.UnitMember("P3", "丙", false))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("args", Map.of("people", List.of("乙（P2）", "丙（P3）")))
                .satisfies(e -> assertThat(inChinese(e)).isEqualTo("集体示范岗所在单位的全体人员须均为党员，本单位以下人员不是党员：乙（P2）、丙（P3）"));
        assertThatCode(
                () -> Nomination.requireAllPartyMembers("office", List.of(new Nomination.UnitMember("P1", "甲", true))))
                .doesNotThrowAnyException();
    }

    @Test
    void every_standard_is_answered() {
        Map<Standard, String> all = new EnumMap<>(Standard.class);
        for (Standard standard : Standard.values()) {
            all.put(standard, "答");
        }
        assertThatCode(() -> Nomination.requireEveryStandardAnswered(all)).doesNotThrowAnyException();
        all.remove(Standard.KEEPS_DISCIPLINE);
        assertThatThrownBy(() -> Nomination.requireEveryStandardAnswered(all))
                .hasFieldOrPropertyWithValue("args", Map.of("standards", List.of("KEEPS_DISCIPLINE")))
                .satisfies(e -> assertThat(inChinese(e)).contains("遵纪守法"));
    }

    @Test
    void a_revoked_post_is_neither_assessed_nor_revoked_again() {
        assertThatThrownBy(() -> PostStatus.REVOKED.requireTitled()).isInstanceOf(ConflictException.class);
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
        assertThatThrownBy(() -> Assessments.requireAssessable(Quarter.parse("2026-Q3"), today, 0, awarded, List.of()))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(
                () -> Assessments.requireAssessable(Quarter.parse("2026-Q1"), today, 0, awarded, List.of("2026-Q1")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Assessments.requireAssessable(Quarter.parse("2025-Q4"), today, 0, awarded, List.of()))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "assessment.before-award")
                .satisfies(e -> assertThat(inChinese(e)).isEqualTo("2025年第四季度早于授牌（2026-01-20）所在季度，季度评定从授牌季度起"));
        assertThatCode(() -> Assessments.requireAssessable(Quarter.parse("2026-Q1"), today, 0, awarded, List.of()))
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

    @Test
    void a_quarter_is_assessed_only_once_it_has_ended_naming_its_last_day() {
        LocalDate lastDayButOne = LocalDate.of(2026, 12, 30);
        assertThatThrownBy(
                () -> Assessments.requireAssessable(Quarter.parse("2026-Q4"), lastDayButOne, 0, null, List.of()))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "assessment.quarter-not-ended")
                .satisfies(e -> assertThat(inChinese(e)).isEqualTo("2026年第四季度尚未结束（12月31日结束），季度评定须在季度结束后进行"));
        assertThatThrownBy(() -> Assessments.requireAssessable(Quarter.parse("2026-Q4"), LocalDate.of(2026, 12, 31), 0,
                null, List.of())).isInstanceOf(RuleViolationException.class);
        assertThatCode(() -> Assessments.requireAssessable(Quarter.parse("2026-Q4"), LocalDate.of(2027, 1, 1), 0, null,
                List.of())).doesNotThrowAnyException();
        assertThatThrownBy(
                () -> Assessments.requireAssessable(Quarter.parse("2999-Q4"), lastDayButOne, 0, null, List.of()))
                .satisfies(e -> assertThat(inChinese(e)).contains("2999年第四季度尚未结束"));
    }

    @Test
    void an_assessment_names_a_quarter_written_like_2026_Q2_from_2000_to_2999_or_is_refused_in_chinese() {
        assertThat(Assessments.quarter("2026-Q2")).isEqualTo(new Quarter(2026, 2));
        for (String notAQuarter : java.util.Arrays.asList("2026-Q5", "1999-Q4", "3000-Q1", "2026Q1", "", null)) {
            assertThatThrownBy(() -> Assessments.quarter(notAQuarter)).as(notAQuarter)
                    .isInstanceOf(BadRequestException.class)
                    .hasFieldOrPropertyWithValue("code", "assessment.bad-quarter")
                    .satisfies(e -> assertThat(inChinese(e)).isEqualTo("考核季度应写作「2026-Q2」的形式：2000 至 2999 年，第 1 至 4 季度"));
        }
    }

    @Test
    void a_bureau_may_allow_assessing_within_the_last_days_of_the_quarter() {
        assertThatCode(() -> Assessments.requireAssessable(Quarter.parse("2026-Q4"), LocalDate.of(2026, 12, 30), 2,
                null, List.of())).doesNotThrowAnyException();
        assertThatThrownBy(() -> Assessments.requireAssessable(Quarter.parse("2026-Q4"), LocalDate.of(2026, 12, 29), 2,
                null, List.of())).hasFieldOrPropertyWithValue("code", "assessment.quarter-not-ended-early-window")
                .satisfies(e -> assertThat(inChinese(e)).contains("12月31日结束", "最后 2 天内可提前评定"));
    }

    @Test
    void a_pass_below_the_bureaus_minimum_answers_or_rate_is_refused_naming_the_figures() {
        assertThatThrownBy(() -> Assessments.requirePassBasis(Result.PASS, new Assessments.Basis(3, 100.0), 10, null))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "assessment.too-few-answers")
                .satisfies(e -> assertThat(inChinese(e)).isEqualTo("本季度群众满意度测评仅 3 份答卷，低于本局规定的 10 份，不能评为合格"));
        assertThatThrownBy(() -> Assessments.requirePassBasis(Result.PASS, null, 10, null))
                .satisfies(e -> assertThat(inChinese(e)).contains("仅 0 份答卷"));
        assertThatThrownBy(() -> Assessments.requirePassBasis(Result.PASS, new Assessments.Basis(50, 72.0), 10, 80.0))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "assessment.rate-too-low")
                .satisfies(e -> assertThat(inChinese(e)).isEqualTo("满意率 72.0%，低于本局规定的 80%，不能评为合格"));
        assertThatThrownBy(() -> Assessments.requirePassBasis(Result.PASS, null, 0, 80.0))
                .hasFieldOrPropertyWithValue("code", "assessment.no-satisfaction-rate")
                .satisfies(e -> assertThat(inChinese(e)).isEqualTo("本季度尚无群众满意度测评结果，本局规定满意率不低于 80%，不能评为合格"));
        assertThatCode(() -> Assessments.requirePassBasis(Result.PASS, new Assessments.Basis(10, 80.0), 10, 80.0))
                .doesNotThrowAnyException();
        assertThatCode(() -> Assessments.requirePassBasis(Result.FAIL, null, 10, 80.0)).doesNotThrowAnyException();
        assertThatCode(() -> Assessments.requirePassBasis(Result.PASS, null, 0, null)).doesNotThrowAnyException();
    }

    @Test
    void a_plaque_is_not_dated_before_the_post_was_established() {
        assertThatThrownBy(
                () -> Plaques.requireAwardedAfterEstablishment(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "plaque.before-establishment")
                .satisfies(e -> assertThat(inChinese(e)).isEqualTo("授牌日期不能早于示范岗确立日期（2026-03-05）"));
        assertThatCode(
                () -> Plaques.requireAwardedAfterEstablishment(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5)))
                .doesNotThrowAnyException();
    }

    /** The refusal as a clerk reads it. */
    private static String inChinese(Throwable refusal) {
        DomainException domain = (DomainException) refusal;
        return ProblemMessages.detail(domain.code(), domain.args(), ProblemMessages.CHINESE);
    }
}
