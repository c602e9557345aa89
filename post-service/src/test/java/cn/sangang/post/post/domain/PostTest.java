package cn.sangang.post.post.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.sangang.events.Quarter;
import cn.sangang.events.post.PostAssessed.Remedy;
import cn.sangang.events.post.PostAssessed.Result;
import cn.sangang.events.post.PostRevoked.Cause;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.ForbiddenException;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.problem.RuleViolationException;

class PostTest {

    private static final String BUREAU = "taojiang-fp";
    private static final Nomination.Unit OFFICE = new Nomination.Unit("office", "办公室",
            List.of(new Nomination.UnitMember("M6", "甲", true), new Nomination.UnitMember("M7", "乙", true)));
    private static final Nomination.Person M1 = new Nomination.Person("M1", "丙", true, true, "linzheng", "林政股");
    private static final AssessmentRules ANY_TIME_AFTER_THE_QUARTER = new AssessmentRules(0, null, 0);

    @Test
    void a_collective_post_is_nominated_titled_assessed_rectified_and_revoked_with_its_plaque_reclaimed() {
        Post post = Post.nominateCollective("p1", BUREAU, " 办公室集体示范岗 ", OFFICE, statements(), List.of());
        assertThat(post.status()).isEqualTo(PostStatus.NOMINATED);
        assertThat(post.title()).isEqualTo("办公室集体示范岗");

        post.establishByResolution("L1", OFFICE, "局务会〔2026〕3号", LocalDate.of(2026, 1, 20), "L1", on("2026-01-20"));
        Plaque plaque = post.award("L1", OFFICE, "SFG-001", "PQ0000ABCD", LocalDate.of(2026, 2, 1), null);
        assertThat(post.status()).isEqualTo(PostStatus.AWARDED);
        assertThat(post.establishedOn()).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(plaque.hangsAt()).as("a collective plaque hangs at the door by default").isEqualTo("单位门口");

        Assessment assessment = post.assess("L1", OFFICE.personNos(),
                new Verdict("2026-Q1", Result.FAIL, " 群众意见较多 ", Remedy.RECTIFY, LocalDate.of(2026, 6, 1)),
                ANY_TIME_AFTER_THE_QUARTER, Map.of(), "L1", on("2026-05-10"));
        assertThat(assessment.findings()).isEqualTo("群众意见较多");
        assertThat(assessment.openRectification()).isTrue();

        Assessment closed = post.closeRectification("S1", OFFICE.personNos(), "2026-Q1", " 已整改 ", "S1",
                on("2026-05-20"));
        assertThat(closed.rectificationNote()).isEqualTo("已整改");
        assertThat(post.assessments()).singleElement().satisfies(a -> assertThat(a.openRectification()).isFalse());

        Revocation revocation = post.veto(Cause.VETO_ACCIDENT, " 重大责任事故 ", "L1", on("2026-05-25"));
        assertThat(post.status()).isEqualTo(PostStatus.REVOKED);
        assertThat(revocation)
                .isEqualTo(new Revocation(Cause.VETO_ACCIDENT, "重大责任事故", on("2026-05-25"), "L1", "2026-Q2"));
        assertThat(post.plaque().reclaimedAt()).isEqualTo(on("2026-05-25"));
        assertThat(post.plaque().reclaimedBy()).isEqualTo("L1");
    }

    @Test
    void an_elected_individual_post_dates_from_the_close_and_hangs_its_plaque_in_the_office() {
        Post post = Post.nominateIndividual("p1", BUREAU, "丙示范岗", M1, statements(), List.of());

        post.establishByElection("e1", "S1", on("2026-03-31"));
        Plaque plaque = post.award("L1", M1, "SFG-002", "PQ0000ABCE", LocalDate.of(2026, 3, 31), null);

        assertThat(post.establishment().electionId()).isEqualTo("e1");
        assertThat(post.establishedOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(plaque.hangsAt()).isEqualTo("办公室内");
    }

    @Test
    void an_adjustment_revokes_the_title_in_the_same_step_and_reclaims_the_plaque() {
        Post post = awardedIndividual();

        post.assess("L1", List.of(), new Verdict("2026-Q1", Result.FAIL, "不称职", Remedy.ADJUST, null),
                ANY_TIME_AFTER_THE_QUARTER, Map.of(), "L1", on("2026-05-10"));

        assertThat(post.status()).isEqualTo(PostStatus.REVOKED);
        assertThat(post.revocation().cause()).isEqualTo(Cause.ADJUSTMENT);
        assertThat(post.plaque().reclaimedAt()).isNotNull();
    }

    @Test
    void an_assessment_keeps_the_satisfaction_reported_for_its_quarter_and_a_pass_needs_the_bureaus_minimum() {
        Post post = awardedIndividual();
        Assessment.Basis reported = new Assessment.Basis(12, 91.5, on("2026-04-02"));
        AssessmentRules tenAnswers = new AssessmentRules(10, 90.0, 0);

        assertThatThrownBy(() -> post.assess("L1", List.of(), pass("2026-Q1"), tenAnswers, Map.of("2025-Q4", reported),
                "L1", on("2026-05-10"))).hasFieldOrPropertyWithValue("code", "assessment.too-few-answers");
        Assessment assessment = post.assess("L1", List.of(), pass("2026-Q1"), tenAnswers, Map.of("2026-Q1", reported),
                "L1", on("2026-05-10"));

        assertThat(assessment.basis()).isEqualTo(reported);
        assertThat(post.assessedQuarters()).containsExactly("2026-Q1");
    }

    @Test
    void a_holder_who_leaves_withdraws_a_nomination_and_costs_an_established_post_its_title_once() {
        Post nominated = Post.nominateIndividual("p1", BUREAU, "丙示范岗", M1, statements(), List.of());
        assertThat(nominated.holderLeft("M1 left the bureau", "roster", on("2026-05-10"))).isTrue();
        assertThat(nominated.status()).isEqualTo(PostStatus.WITHDRAWN);

        Post awarded = awardedIndividual();
        assertThat(awarded.holderLeft("M1 left the bureau", "roster", on("2026-05-10"))).isTrue();
        assertThat(awarded.revocation().cause()).isEqualTo(Cause.HOLDER_LEFT);
        assertThat(awarded.holderLeft("M1 left the bureau", "roster", on("2026-05-11"))).as("told twice").isFalse();
    }

    @Test
    void a_collective_post_is_flagged_once_for_a_non_member_in_its_unit_and_a_nomination_not_at_all() {
        Post nominated = Post.nominateCollective("p1", BUREAU, "办公室集体示范岗", OFFICE, statements(), List.of());
        assertThat(nominated.nonMemberInUnit("非党员 丁（N1）")).isFalse();

        Post titled = Post.nominateCollective("p2", BUREAU, "办公室集体示范岗", OFFICE, statements(), List.of());
        titled.establishByResolution("L1", OFFICE, "局务会〔2026〕3号", LocalDate.of(2026, 1, 20), "L1", on("2026-01-20"));
        assertThat(titled.nonMemberInUnit("非党员 丁（N1）")).isTrue();
        assertThat(titled.nonMemberInUnit("非党员 丁（N1）")).isFalse();
        assertThat(titled.flags()).containsExactly("非党员 丁（N1）");
    }

    @Test
    void refuses_a_nomination_missing_a_standard_or_for_someone_with_a_live_post() {
        Map<Standard, String> some = statements();
        some.remove(Standard.ACTS_BY_LAW);
        assertThatThrownBy(() -> Post.nominateIndividual("p1", BUREAU, "丙示范岗", M1, some, List.of()))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "nomination.standards-missing");

        Post first = Post.nominateIndividual("p1", BUREAU, "丙示范岗", M1, statements(), List.of());
        assertThatThrownBy(() -> Post.nominateIndividual("p2", BUREAU, "第二个", M1, statements(), List.of(first)))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("code", "post.already-live")
                .hasFieldOrPropertyWithValue("args", Map.of("who", "丙", "title", "丙示范岗"));
        first.withdraw();
        assertThat(Post.nominateIndividual("p2", BUREAU, "第二个", M1, statements(), List.of(first)).status())
                .as("a withdrawn nomination leaves the way open").isEqualTo(PostStatus.NOMINATED);
    }

    @Test
    void refuses_a_collective_nomination_of_a_unit_with_a_non_member_or_an_individual_who_is_not_one() {
        Nomination.Unit mixed = new Nomination.Unit("xingzhen", "刑侦大队",
                List.of(new Nomination.UnitMember("N1", "丁", false), new Nomination.UnitMember("M5", "戊", true)));
        assertThatThrownBy(() -> Post.nominateCollective("p1", BUREAU, "刑侦集体岗", mixed, statements(), List.of()))
                .hasFieldOrPropertyWithValue("code", "nomination.unit-not-all-party-members");
        Nomination.Person left = new Nomination.Person("M1", "丙", true, false, "linzheng", "林政股");
        assertThatThrownBy(() -> Post.nominateIndividual("p1", BUREAU, "丙示范岗", left, statements(), List.of()))
                .hasFieldOrPropertyWithValue("code", "nomination.holder-not-party-member");
    }

    @Test
    void refuses_a_resolution_for_an_individual_post_a_meeting_in_the_future_or_by_someone_of_the_unit() {
        Post individual = Post.nominateIndividual("p1", BUREAU, "丙示范岗", M1, statements(), List.of());
        assertThatThrownBy(() -> individual.establishByResolution("L1", null, "局务会〔2026〕3号", LocalDate.of(2026, 1, 20),
                "L1", on("2026-01-20"))).hasFieldOrPropertyWithValue("code", "post.individual-by-election");

        Post collective = Post.nominateCollective("p2", BUREAU, "办公室集体示范岗", OFFICE, statements(), List.of());
        assertThatThrownBy(() -> collective.establishByResolution("L1", OFFICE, "局务会〔2026〕3号",
                LocalDate.of(2026, 1, 21), "L1", on("2026-01-20")))
                .hasFieldOrPropertyWithValue("code", "post.meeting-in-future");
        assertThatThrownBy(() -> collective.establishByResolution("M6", OFFICE, "局务会〔2026〕3号",
                LocalDate.of(2026, 1, 20), "M6", on("2026-01-20"))).isInstanceOf(ForbiddenException.class)
                .hasFieldOrPropertyWithValue("code", "post.own-post");
        assertThat(collective.status()).isEqualTo(PostStatus.NOMINATED);
    }

    @Test
    void refuses_the_holder_awarding_or_assessing_their_own_post_leaving_it_unchanged() {
        Post post = Post.nominateIndividual("p1", BUREAU, "丙示范岗", M1, statements(), List.of());
        post.establishByElection("e1", "S1", on("2026-01-20"));
        assertThatThrownBy(() -> post.award("M1", M1, "SFG-003", "PQ0000ABCF", LocalDate.of(2026, 2, 1), null))
                .hasFieldOrPropertyWithValue("code", "post.own-post");
        assertThat(post.status()).isEqualTo(PostStatus.ESTABLISHED);
        assertThat(post.plaque()).isNull();

        post.award("L1", M1, "SFG-003", "PQ0000ABCF", LocalDate.of(2026, 2, 1), null);
        assertThatThrownBy(() -> post.assess("M1", List.of(), pass("2026-Q1"), ANY_TIME_AFTER_THE_QUARTER, Map.of(),
                "M1", on("2026-05-10"))).hasFieldOrPropertyWithValue("code", "post.own-post");
        assertThat(post.assessments()).isEmpty();
    }

    @Test
    void refuses_a_plaque_before_establishment_or_dated_before_it_and_a_second_plaque() {
        Post post = Post.nominateIndividual("p1", BUREAU, "丙示范岗", M1, statements(), List.of());
        assertThatThrownBy(() -> post.requireAwardable(LocalDate.of(2026, 2, 1))).hasFieldOrPropertyWithValue("code",
                "post.award-not-established");
        post.establishByElection("e1", "S1", on("2026-01-20"));
        assertThatThrownBy(() -> post.requireAwardable(LocalDate.of(2026, 1, 19))).hasFieldOrPropertyWithValue("code",
                "plaque.before-establishment");
        post.award("L1", M1, "SFG-003", "PQ0000ABCF", LocalDate.of(2026, 1, 20), "走廊");
        assertThatThrownBy(() -> post.award("L1", M1, "SFG-004", "PQ0000ABCG", LocalDate.of(2026, 2, 1), null))
                .hasFieldOrPropertyWithValue("code", "post.award-not-established");
        assertThat(post.plaque().no()).isEqualTo("SFG-003");
    }

    @Test
    void refuses_assessing_a_post_without_its_title_or_a_quarter_twice() {
        Post established = Post.nominateIndividual("p1", BUREAU, "丙示范岗", M1, statements(), List.of());
        established.establishByElection("e1", "S1", on("2026-01-20"));
        assertThatThrownBy(() -> established.assess("L1", List.of(), pass("2026-Q1"), ANY_TIME_AFTER_THE_QUARTER,
                Map.of(), "L1", on("2026-05-10"))).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "post.not-titled");

        Post post = awardedIndividual();
        post.assess("L1", List.of(), pass("2026-Q1"), ANY_TIME_AFTER_THE_QUARTER, Map.of(), "L1", on("2026-05-10"));
        assertThatThrownBy(() -> post.assess("L1", List.of(), pass("2026-Q1"), ANY_TIME_AFTER_THE_QUARTER, Map.of(),
                "L1", on("2026-05-11"))).hasFieldOrPropertyWithValue("code", "assessment.already-assessed");
    }

    @Test
    void refuses_closing_a_rectification_never_ordered_twice_or_on_a_revoked_post() {
        Post post = awardedIndividual();
        assertThatThrownBy(() -> post.closeRectification("S1", List.of(), "2026-Q1", "已整改", "S1", on("2026-05-20")))
                .isInstanceOf(NotFoundException.class).hasFieldOrPropertyWithValue("code", "post.no-rectification");
        post.assess("L1", List.of(), new Verdict("2026-Q1", Result.FAIL, "x", Remedy.RECTIFY, LocalDate.of(2026, 6, 1)),
                ANY_TIME_AFTER_THE_QUARTER, Map.of(), "L1", on("2026-05-10"));
        post.closeRectification("S1", List.of(), "2026-Q1", "已整改", "S1", on("2026-05-20"));
        assertThatThrownBy(() -> post.closeRectification("S1", List.of(), "2026-Q1", "再次", "S1", on("2026-05-21")))
                .hasFieldOrPropertyWithValue("code", "post.rectification-closed");

        post.veto(Cause.VETO_IMAGE, "x", "L1", on("2026-05-25"));
        assertThatThrownBy(() -> post.closeRectification("S1", List.of(), "2026-Q1", "已整改", "S1", on("2026-05-26")))
                .hasFieldOrPropertyWithValue("code", "post.not-titled");
    }

    @Test
    void refuses_a_veto_without_one_of_its_four_causes_and_a_second_revocation() {
        Post post = awardedIndividual();
        assertThatThrownBy(() -> post.veto(Cause.ADJUSTMENT, "x", "L1", on("2026-05-25")))
                .hasFieldOrPropertyWithValue("code", "post.not-a-veto-cause");
        assertThat(post.status()).isEqualTo(PostStatus.AWARDED);

        post.veto(Cause.VETO_COMPLAINT, "群众反映强烈", "L1", on("2026-05-25"));
        assertThatThrownBy(() -> post.veto(Cause.VETO_IMAGE, "x", "L1", on("2026-05-26")))
                .hasFieldOrPropertyWithValue("code", "post.nothing-to-revoke");
    }

    private static Post awardedIndividual() {
        Post post = Post.nominateIndividual("p1", BUREAU, "丙示范岗", M1, statements(), List.of());
        post.establishByElection("e1", "S1", on("2026-01-20"));
        post.award("L1", M1, "SFG-001", "PQ0000ABCD", LocalDate.of(2026, 2, 1), null);
        return post;
    }

    private static Verdict pass(String quarter) {
        return new Verdict(quarter, Result.PASS, "群众满意度高", Remedy.NONE, null);
    }

    private static Map<Standard, String> statements() {
        Map<Standard, String> all = new EnumMap<>(Standard.class);
        for (Standard standard : Standard.values()) {
            all.put(standard, "在" + standard.name() + "方面的具体表现");
        }
        return all;
    }

    /** Ten in the morning of {@code day} in the bureau's time. */
    private static Instant on(String day) {
        return LocalDate.parse(day).atTime(10, 0).atZone(Quarter.BUREAU_TIME).toInstant();
    }
}
