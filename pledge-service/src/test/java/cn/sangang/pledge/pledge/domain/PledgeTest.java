package cn.sangang.pledge.pledge.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import cn.sangang.events.pledge.PledgeKind;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.DomainException;
import cn.sangang.platform.problem.ForbiddenException;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.problem.RuleViolationException;
import cn.sangang.pledge.pledge.domain.Pledge.Draft;
import cn.sangang.pledge.pledge.domain.Pledge.ItemReview;
import cn.sangang.pledge.pledge.domain.Pledge.Judgement;
import cn.sangang.pledge.pledge.domain.Review.Decision;

class PledgeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final LocalDate MAY_31 = LocalDate.of(2026, 5, 31);
    static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");
    static final String PROPOSER = "M1";
    static final String RESPONSIBLE = "M2";
    static final String LEADER = "L1";

    static Draft draft(int no, String content) {
        return new Draft(no, content, no == 1 ? PROPOSER : RESPONSIBLE, no == 1 ? "李明" : "王芳", TODAY.plusMonths(3),
                "群众满意");
    }

    static Pledge proposed() {
        return Pledge.propose(PledgeKind.MEMBER, 2026, PROPOSER, "李明", null,
                List.of(draft(1, "每月走访群众"), draft(2, "化解矛盾纠纷")), NOW);
    }

    static Map<ReviewCheck, Boolean> checks(boolean feasible) {
        Map<ReviewCheck, Boolean> checks = new EnumMap<>(ReviewCheck.class);
        for (ReviewCheck check : ReviewCheck.values()) {
            checks.put(check, check != ReviewCheck.FEASIBLE || feasible);
        }
        return checks;
    }

    static List<ItemReview> reviews(Pledge pledge, boolean feasible) {
        return pledge.itemNos().stream().map(no -> new ItemReview(no, checks(feasible), null)).toList();
    }

    static Pledge approved() {
        Pledge pledge = proposed();
        pledge.review(reviews(pledge, true), Decision.APPROVE, null, LEADER, NOW);
        return pledge;
    }

    static Pledge published() {
        Pledge pledge = approved();
        pledge.publish("PL00000001", TODAY, MAY_31, null, LEADER, NOW);
        return pledge;
    }

    static Judgement fulfilled(int no) {
        return new Judgement(no, "成效明显", "优秀", true, null, null);
    }

    static Judgement fellShort(int no) {
        return new Judgement(no, "尚有差距", "一般", false, "限期整改", TODAY.plusDays(30));
    }

    static DomainException refusal(ThrowingCallable call) {
        return catchThrowableOfType(DomainException.class, call);
    }

    @Test
    void a_proposal_goes_to_review_as_its_first_round_with_its_items_planned() {
        Pledge pledge = proposed();

        assertThat(pledge.status()).isEqualTo(PledgeStatus.SUBMITTED);
        assertThat(pledge.currentRound().no()).isEqualTo(1);
        assertThat(pledge.currentRound().submittedBy()).isEqualTo(PROPOSER);
        assertThat(pledge.items()).extracting(Pledge.Item::status).containsOnly(ItemStatus.PLANNED);
        assertThat(pledge.filer()).isEqualTo("member:M1");
        assertThat(pledge.pledger()).isEqualTo("李明");
    }

    @Test
    void a_returned_pledge_is_resubmitted_as_a_new_round_and_approved_on_review() {
        Pledge pledge = proposed();
        pledge.review(reviews(pledge, false), Decision.RETURN, "写明走访对象", LEADER, NOW);

        assertThat(pledge.status()).isEqualTo(PledgeStatus.RETURNED);
        assertThat(pledge.currentRound().guidance()).isEqualTo("写明走访对象");
        pledge.requireRevisable();
        pledge.resubmit(List.of(draft(1, "每月走访辖区独居老人")), PROPOSER, NOW);
        assertThat(pledge.status()).isEqualTo(PledgeStatus.SUBMITTED);
        assertThat(pledge.rounds()).extracting(Pledge.Round::no).containsExactly(1, 2);
        assertThat(pledge.itemNos()).containsExactly(1);
        pledge.review(reviews(pledge, true), Decision.APPROVE, null, LEADER, NOW);
        assertThat(pledge.status()).isEqualTo(PledgeStatus.APPROVED);
        assertThat(pledge.rounds().getFirst().decision()).isEqualTo(Decision.RETURN);
        assertThat(pledge.currentRound().reviewedBy()).isEqualTo(LEADER);
    }

    @Test
    void an_approved_pledge_goes_public_late_after_the_deadline_and_its_items_start() {
        Pledge pledge = approved();
        pledge.requirePublishable();

        pledge.publish("PL00000001", TODAY, MAY_31, null, LEADER, NOW);

        assertThat(pledge.status()).isEqualTo(PledgeStatus.PUBLICIZED);
        assertThat(pledge.isPublic()).isTrue();
        assertThat(pledge.publication().publicCode()).isEqualTo("PL00000001");
        assertThat(pledge.publication().late()).isTrue();
        assertThat(pledge.items()).extracting(Pledge.Item::status).containsOnly(ItemStatus.IN_PROGRESS);
        Pledge onTime = approved();
        onTime.publish("PL00000002", MAY_31, MAY_31, MAY_31, LEADER, NOW);
        assertThat(onTime.publication().late()).isFalse();
    }

    @Test
    void the_member_answering_for_an_item_reports_its_progress_and_completion() {
        Pledge pledge = published();

        pledge.reportProgress(2, "已走访 3 户", false, RESPONSIBLE, NOW);
        pledge.reportProgress(2, "全部完成", true, RESPONSIBLE, NOW);

        assertThat(pledge.item(2).status()).isEqualTo(ItemStatus.COMPLETED);
        assertThat(pledge.item(2).progress()).extracting(Pledge.Progress::note).containsExactly("已走访 3 户", "全部完成");
        assertThat(pledge.item(1).progress()).isEmpty();
    }

    @Test
    void an_inspection_is_recorded_on_a_day_since_publication() {
        Pledge pledge = published();

        pledge.inspect(1, TODAY, "台账齐全", LEADER, NOW);

        assertThat(pledge.item(1).inspections()).extracting(Pledge.Inspection::findings).containsExactly("台账齐全");
        DomainException early = refusal(() -> pledge.inspect(1, TODAY.minusDays(1), "x", LEADER, NOW));
        assertThat(early).isInstanceOf(RuleViolationException.class);
        assertThat(early.code()).isEqualTo("pledge.inspection-before-publication");
        assertThat(early.args()).containsEntry("publishedOn", "2026-06-15");
    }

    @Test
    void evaluation_judges_every_item_and_orders_one_that_fell_short_to_be_rectified_until_closed() {
        Pledge pledge = published();
        pledge.requireEvaluable();

        pledge.evaluate(List.of(fulfilled(1), fellShort(2)), TODAY, LEADER, NOW);

        assertThat(pledge.status()).isEqualTo(PledgeStatus.EVALUATED);
        assertThat(pledge.evaluation().evaluatedOn()).isEqualTo(TODAY);
        assertThat(pledge.item(1).status()).isEqualTo(ItemStatus.FULFILLED);
        assertThat(pledge.item(1).rectification()).isNull();
        assertThat(pledge.item(2).status()).isEqualTo(ItemStatus.RECTIFYING);
        assertThat(pledge.item(2).rectification().deadline()).isEqualTo(TODAY.plusDays(30));
        pledge.reportProgress(2, "整改中", false, RESPONSIBLE, NOW);
        pledge.closeRectification(2, "整改到位", LEADER, NOW);
        assertThat(pledge.item(2).status()).isEqualTo(ItemStatus.RECTIFIED);
        assertThat(pledge.item(2).rectification().closingNote()).isEqualTo("整改到位");
        assertThat(refusal(() -> pledge.closeRectification(2, "again", LEADER, NOW)).code())
                .isEqualTo("item.no-open-rectification");
    }

    @Test
    void nobody_reviews_or_evaluates_their_own_pledge() {
        Pledge submitted = proposed();
        Pledge publicized = published();

        DomainException review = refusal(
                () -> submitted.review(reviews(submitted, true), Decision.APPROVE, null, PROPOSER, NOW));
        DomainException evaluation = refusal(
                () -> publicized.evaluate(List.of(fulfilled(1), fulfilled(2)), TODAY, PROPOSER, NOW));

        assertThat(review).isInstanceOf(ForbiddenException.class);
        assertThat(review.code()).isEqualTo("pledge.own-pledge");
        assertThat(evaluation.code()).isEqualTo("pledge.own-pledge");
        assertThat(submitted.status()).isEqualTo(PledgeStatus.SUBMITTED);
    }

    @Test
    void each_step_is_refused_out_of_turn() {
        Pledge submitted = proposed();
        Pledge approved = approved();
        Pledge evaluated = published();
        evaluated.evaluate(List.of(fulfilled(1), fulfilled(2)), TODAY, LEADER, NOW);

        assertThat(refusal(() -> approved.review(reviews(approved, true), Decision.APPROVE, null, LEADER, NOW)))
                .isInstanceOf(ConflictException.class).extracting(DomainException::code)
                .isEqualTo("pledge.not-under-review");
        assertThat(refusal(submitted::requireRevisable).code()).isEqualTo("pledge.not-returned");
        assertThat(refusal(submitted::requirePublishable).code()).isEqualTo("pledge.not-publishable");
        assertThat(refusal(() -> approved.reportProgress(2, "x", false, RESPONSIBLE, NOW)).code())
                .isEqualTo("pledge.not-published-yet");
        assertThat(refusal(() -> approved.inspect(1, TODAY, "x", LEADER, NOW)).code())
                .isEqualTo("pledge.not-published-yet");
        assertThat(refusal(approved::requireEvaluable).code()).isEqualTo("pledge.not-evaluable");
        assertThat(refusal(() -> evaluated.evaluate(List.of(fulfilled(1), fulfilled(2)), TODAY, LEADER, NOW)).code())
                .isEqualTo("pledge.not-evaluable");
        assertThat(refusal(() -> evaluated.closeRectification(1, "x", LEADER, NOW)).code())
                .isEqualTo("item.no-open-rectification");
    }

    @Test
    void progress_is_reported_only_by_the_member_answering_for_the_item_of_an_item_that_exists() {
        Pledge pledge = published();

        DomainException other = refusal(() -> pledge.reportProgress(2, "x", false, PROPOSER, NOW));
        assertThat(other).isInstanceOf(ForbiddenException.class);
        assertThat(other.code()).isEqualTo("pledge.progress-by-responsible");
        assertThat(other.args()).containsEntry("item", 2);
        DomainException missing = refusal(() -> pledge.reportProgress(9, "x", false, RESPONSIBLE, NOW));
        assertThat(missing).isInstanceOf(NotFoundException.class);
        assertThat(missing.code()).isEqualTo("pledge.item-not-found");
        assertThat(pledge.item(2).progress()).isEmpty();
    }

    @Test
    void an_item_is_reviewed_and_evaluated_once_per_round() {
        Pledge submitted = proposed();
        Pledge publicized = published();
        List<ItemReview> twice = List.of(new ItemReview(1, checks(true), null), new ItemReview(1, checks(true), null),
                new ItemReview(2, checks(true), null));

        DomainException reviewedTwice = refusal(() -> submitted.review(twice, Decision.APPROVE, null, LEADER, NOW));
        DomainException evaluatedTwice = refusal(
                () -> publicized.evaluate(List.of(fulfilled(1), fulfilled(1), fulfilled(2)), TODAY, LEADER, NOW));

        assertThat(reviewedTwice.code()).isEqualTo("pledge.item-reviewed-twice");
        assertThat(reviewedTwice.args()).containsEntry("item", 1);
        assertThat(evaluatedTwice.code()).isEqualTo("pledge.item-evaluated-twice");
        assertThat(refusal(() -> publicized.evaluate(List.of(fulfilled(1)), TODAY, LEADER, NOW)).code())
                .isEqualTo("evaluation.items-missing");
        assertThat(publicized.status()).isEqualTo(PledgeStatus.PUBLICIZED);
    }

    @Test
    void a_pledge_keeps_at_most_twenty_rounds_and_fifty_entries_of_each_kind_per_item() {
        Pledge pledge = proposed();
        for (int round = 1; round < Pledge.MAX_ROUNDS; round++) {
            pledge.review(reviews(pledge, false), Decision.RETURN, "再改", LEADER, NOW);
            pledge.resubmit(List.of(draft(1, "第 " + round + " 稿")), PROPOSER, NOW);
        }
        pledge.review(reviews(pledge, false), Decision.RETURN, "再改", LEADER, NOW);
        Pledge publicized = published();
        IntStream.range(0, Pledge.MAX_ENTRIES_PER_ITEM).forEach(i -> {
            publicized.reportProgress(2, "进展 " + i, false, RESPONSIBLE, NOW);
            publicized.inspect(2, TODAY, "督查 " + i, LEADER, NOW);
        });

        DomainException rounds = refusal(() -> pledge.resubmit(List.of(draft(1, "又一稿")), PROPOSER, NOW));
        assertThat(rounds.code()).isEqualTo("pledge.too-many-rounds");
        assertThat(rounds.args()).containsEntry("max", 20);
        assertThat(refusal(() -> publicized.reportProgress(2, "x", false, RESPONSIBLE, NOW)).code())
                .isEqualTo("pledge.item-progress-full");
        assertThat(refusal(() -> publicized.inspect(2, TODAY, "x", LEADER, NOW)).code())
                .isEqualTo("pledge.item-inspections-full");
    }

    @Test
    void a_member_pledges_alone_and_an_organisation_pledge_names_its_organisation() {
        assertThat(Pledge.organisation(PledgeKind.MEMBER, null)).isNull();
        assertThat(Pledge.organisation(PledgeKind.ORGANISATION, "  第一支部 ")).isEqualTo("第一支部");
        assertThat(refusal(() -> Pledge.organisation(PledgeKind.MEMBER, "第一支部")).code())
                .isEqualTo("pledge.member-names-organisation");
        assertThat(refusal(() -> Pledge.organisation(PledgeKind.ORGANISATION, " ")).code())
                .isEqualTo("pledge.organisation-unnamed");
        Pledge branch = Pledge.propose(PledgeKind.ORGANISATION, 2026, "S1", "赵书记", "第一支部", List.of(draft(1, "组织志愿服务")),
                NOW);
        assertThat(branch.filer()).isEqualTo("organisation:第一支部");
        assertThat(branch.pledger()).isEqualTo("第一支部");
    }

    @Test
    void a_pledge_involves_its_proposer_and_the_members_answering_for_its_items() {
        Pledge pledge = proposed();

        assertThat(pledge.involves(PROPOSER)).isTrue();
        assertThat(pledge.involves(RESPONSIBLE)).isTrue();
        assertThat(pledge.involves(LEADER)).isFalse();
        assertThat(pledge.involves(null)).isFalse();
        assertThat(pledge.isPublic()).isFalse();
    }
}
