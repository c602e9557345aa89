package cn.sangang.pledge.pledge.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.DomainException;
import cn.sangang.platform.problem.ProblemMessages;
import cn.sangang.platform.problem.RuleViolationException;
import cn.sangang.pledge.pledge.domain.Review.Decision;
import cn.sangang.pledge.pledge.domain.Verdicts.Verdict;

class PledgeRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    static Map<ReviewCheck, Boolean> allPass() {
        Map<ReviewCheck, Boolean> checks = new EnumMap<>(ReviewCheck.class);
        for (ReviewCheck check : ReviewCheck.values()) {
            checks.put(check, true);
        }
        return checks;
    }

    static DomainException refusal(ThrowingCallable call) {
        return catchThrowableOfType(DomainException.class, call);
    }

    static Map<ReviewCheck, Boolean> failing(ReviewCheck failed) {
        Map<ReviewCheck, Boolean> checks = allPass();
        checks.put(failed, false);
        return checks;
    }

    @Test
    void approves_only_when_every_item_passes_all_five_checks() {
        Review.requireConsistent(List.of(1, 2), Map.of(1, allPass(), 2, allPass()), Decision.APPROVE, null);

        DomainException approved = refusal(() -> Review.requireConsistent(List.of(1, 2),
                Map.of(1, allPass(), 2, failing(ReviewCheck.FEASIBLE)), Decision.APPROVE, null));
        assertThat(approved).isInstanceOf(RuleViolationException.class);
        assertThat(approved.code()).isEqualTo("review.failing-approved");
        assertThat(approved.args()).containsEntry("items", List.of(2)).containsEntry("checks", List.of("FEASIBLE"));
        assertThat(ProblemMessages.detail(approved.code(), approved.args(), ProblemMessages.CHINESE)).contains("第 2 项",
                "切实可行");
    }

    @Test
    void returns_only_for_a_failing_check_and_with_guidance() {
        Review.requireConsistent(List.of(1), Map.of(1, failing(ReviewCheck.MASSES_WISHES)), Decision.RETURN, "贴近群众需求");

        assertThat(
                refusal(() -> Review.requireConsistent(List.of(1), Map.of(1, allPass()), Decision.RETURN, "x")).code())
                .isEqualTo("review.returned-without-failing-check");
        assertThat(refusal(() -> Review.requireConsistent(List.of(1), Map.of(1, failing(ReviewCheck.FEASIBLE)),
                Decision.RETURN, " ")).code()).isEqualTo("review.returned-without-guidance");
    }

    @Test
    void reviews_every_item_on_every_check() {
        Map<ReviewCheck, Boolean> four = allPass();
        four.remove(ReviewCheck.POST_DUTIES);

        DomainException missing = refusal(
                () -> Review.requireConsistent(List.of(1, 2), Map.of(1, allPass()), Decision.APPROVE, null));
        assertThat(missing.code()).isEqualTo("review.items-missing");
        assertThat(missing.args()).containsEntry("items", List.of(2));
        DomainException unknown = refusal(
                () -> Review.requireConsistent(List.of(1), Map.of(1, allPass(), 3, allPass()), Decision.APPROVE, null));
        assertThat(unknown.code()).isEqualTo("review.items-unknown");
        assertThat(unknown.args()).containsEntry("items", List.of(3));
        DomainException unanswered = refusal(
                () -> Review.requireConsistent(List.of(1), Map.of(1, four), Decision.APPROVE, null));
        assertThat(unanswered.code()).isEqualTo("review.checks-unanswered");
        assertThat(unanswered.args()).containsEntry("items", List.of(1)).containsEntry("checks",
                List.of("POST_DUTIES"));
    }

    @Test
    void a_pledge_moves_only_forward_through_its_steps() {
        assertThat(PledgeStatus.SUBMITTED.approve()).isEqualTo(PledgeStatus.APPROVED);
        assertThat(PledgeStatus.SUBMITTED.giveBack().resubmit()).isEqualTo(PledgeStatus.SUBMITTED);
        assertThat(PledgeStatus.APPROVED.publish().evaluate()).isEqualTo(PledgeStatus.EVALUATED);

        assertThatThrownBy(PledgeStatus.APPROVED::approve).isInstanceOf(ConflictException.class);
        assertThatThrownBy(PledgeStatus.SUBMITTED::publish).isInstanceOf(ConflictException.class);
        assertThatThrownBy(PledgeStatus.APPROVED::evaluate).isInstanceOf(ConflictException.class);
        assertThatThrownBy(PledgeStatus.SUBMITTED::resubmit).isInstanceOf(ConflictException.class);
        assertThatThrownBy(PledgeStatus.EVALUATED::evaluate).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> PledgeStatus.RETURNED.requireApproved()).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> PledgeStatus.APPROVED.requirePublished()).isInstanceOf(ConflictException.class);
    }

    @Test
    void an_item_is_evaluated_once_and_rectified_only_under_an_order() {
        assertThat(ItemStatus.PLANNED.start().progress(true)).isEqualTo(ItemStatus.COMPLETED);
        assertThat(ItemStatus.IN_PROGRESS.evaluate(false).progress(false).closeRectification())
                .isEqualTo(ItemStatus.RECTIFIED);

        assertThatThrownBy(() -> ItemStatus.FULFILLED.evaluate(true)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(ItemStatus.FULFILLED::closeRectification).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ItemStatus.PLANNED.progress(false)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ItemStatus.RECTIFIED.progress(false)).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_pledge_is_late_when_published_after_the_deadline_or_still_unpublished_once_it_passed() {
        LocalDate may31 = LocalDate.of(2026, 5, 31);

        assertThat(Flags.late(may31, LocalDate.of(2026, 5, 31), TODAY)).isFalse();
        assertThat(Flags.late(may31, LocalDate.of(2026, 6, 1), TODAY)).isTrue();
        assertThat(Flags.late(may31, null, LocalDate.of(2026, 5, 31))).isFalse();
        assertThat(Flags.late(may31, null, LocalDate.of(2026, 6, 1))).isTrue();
    }

    @Test
    void an_item_is_overdue_past_its_deadline_until_done_and_past_its_rectification_deadline_until_closed() {
        LocalDate due = TODAY.minusDays(1);

        assertThat(Flags.overdue(ItemStatus.IN_PROGRESS, due, null, TODAY)).isTrue();
        assertThat(Flags.overdue(ItemStatus.PLANNED, due, null, TODAY)).isTrue();
        assertThat(Flags.overdue(ItemStatus.IN_PROGRESS, TODAY, null, TODAY)).isFalse();
        assertThat(Flags.overdue(ItemStatus.COMPLETED, due, null, TODAY)).isFalse();
        assertThat(Flags.overdue(ItemStatus.RECTIFYING, due, TODAY.plusDays(1), TODAY)).isFalse();
        assertThat(Flags.overdue(ItemStatus.RECTIFYING, due, TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(Flags.overdue(ItemStatus.RECTIFIED, due, TODAY.minusDays(1), TODAY)).isFalse();
    }

    @Test
    void names_everyone_in_a_proposal_who_is_not_an_active_party_member() {
        DomainException outside = refusal(
                () -> Proposal.requirePartyMembers(List.of(new Proposal.Person("M1", "李明", true, true),
                        new Proposal.Person("N1", "张强", false, true), new Proposal.Person("M9", "赵六", true, false))));
        assertThat(outside).isInstanceOf(RuleViolationException.class);
        assertThat(outside.code()).isEqualTo("pledge.not-party-members");
        assertThat(outside.args()).containsEntry("people", List.of("张强", "赵六"));
        assertThat(ProblemMessages.detail(outside.code(), outside.args(), ProblemMessages.CHINESE)).endsWith("：张强、赵六");
        DomainException past = refusal(
                () -> Proposal.requireDeadlines(List.of(TODAY, TODAY.minusDays(1)), TODAY, 2026));
        assertThat(past.code()).isEqualTo("pledge.item-due-in-past");
        assertThat(past.args()).containsEntry("item", 2);
        DomainException late = refusal(() -> Proposal.requireDeadlines(List.of(LocalDate.of(2028, 1, 1)), TODAY, 2026));
        assertThat(late.code()).isEqualTo("pledge.item-due-too-late");
        assertThat(late.args()).containsEntry("latest", "2027-12-31");
        Proposal.requireDeadlines(List.of(TODAY, LocalDate.of(2027, 12, 31)), TODAY, 2026);
    }

    @Test
    void every_item_gets_a_verdict_and_an_unfulfilled_one_a_rectification_order_with_a_deadline_ahead() {
        Verdicts.requireComplete(List.of(1, 2),
                Map.of(1, new Verdict(true, null, null), 2, new Verdict(false, "限期整改", TODAY.plusDays(30))), TODAY);

        DomainException missing = refusal(
                () -> Verdicts.requireComplete(List.of(1, 2), Map.of(1, new Verdict(true, null, null)), TODAY));
        assertThat(missing.code()).isEqualTo("evaluation.items-missing");
        assertThat(missing.args()).containsEntry("items", List.of(2));
        assertThat(refusal(() -> Verdicts.requireComplete(List.of(1),
                Map.of(1, new Verdict(false, null, TODAY.plusDays(3))), TODAY)).code())
                .isEqualTo("evaluation.rectification-missing");
        assertThat(refusal(() -> Verdicts.requireComplete(List.of(1), Map.of(1, new Verdict(false, "x", TODAY)), TODAY))
                .code()).isEqualTo("evaluation.rectification-deadline");
        assertThat(refusal(() -> Verdicts.requireComplete(List.of(1),
                Map.of(1, new Verdict(false, "x", TODAY.plusYears(2))), TODAY)).code())
                .isEqualTo("evaluation.rectification-deadline");
        assertThat(refusal(() -> Verdicts.requireComplete(List.of(1), Map.of(1, new Verdict(true, "x", null)), TODAY))
                .code()).isEqualTo("evaluation.fulfilled-with-order");
    }
}
