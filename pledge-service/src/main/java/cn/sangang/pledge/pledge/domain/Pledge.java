package cn.sangang.pledge.pledge.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import cn.sangang.events.pledge.PledgeKind;
import cn.sangang.platform.problem.ForbiddenException;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.problem.RuleViolationException;
import cn.sangang.pledge.pledge.domain.Review.Decision;
import cn.sangang.pledge.pledge.domain.Verdicts.Verdict;

/**
 * A pledge with its whole life — every review round, the publication, the ledger of each item with its progress,
 * inspections, verdict and rectification — and the rules of its six steps. One aggregate, because a step's rules
 * read the steps before it (a return needs a failing check of this round, an inspection follows publication), and
 * so each change and its events are one write.
 */
public final class Pledge {

    /**
     * Bounds that keep one pledge's document far from the store's 16 MB limit: 20 rounds of 20 items of 2,000
     * characters come to about 2.4 MB, and 20 items × 2 × 50 entries of 500 characters to about 3 MB (UTF-8).
     */
    public static final int MAX_ROUNDS = 20;

    public static final int MAX_ENTRIES_PER_ITEM = 50;

    /** An item as proposed: content, who answers for it, by when (完成时限), and the expected effect (预期效果). */
    public record Draft(int no, String content, String responsiblePersonNo, String responsibleName, LocalDate deadline,
            String expectedEffect) {
    }

    /** An item of the ledger (登记台账). */
    public record Item(Draft draft, ItemStatus status, List<Progress> progress, List<Inspection> inspections,
            ItemEvaluation evaluation, Rectification rectification) {

        private static Item planned(Draft draft) {
            return new Item(draft, ItemStatus.PLANNED, List.of(), List.of(), null, null);
        }

        public int no() {
            return draft.no();
        }

        private Item started() {
            return new Item(draft, status.start(), progress, inspections, evaluation, rectification);
        }

        private Item withProgress(Progress entry) {
            if (progress.size() >= MAX_ENTRIES_PER_ITEM) {
                throw new RuleViolationException("pledge.item-progress-full", Map.of("max", MAX_ENTRIES_PER_ITEM));
            }
            return new Item(draft, status.progress(entry.completed()), append(progress, entry), inspections, evaluation,
                    rectification);
        }

        private Item withInspection(Inspection inspection) {
            if (inspections.size() >= MAX_ENTRIES_PER_ITEM) {
                throw new RuleViolationException("pledge.item-inspections-full", Map.of("max", MAX_ENTRIES_PER_ITEM));
            }
            return new Item(draft, status, progress, append(inspections, inspection), evaluation, rectification);
        }

        private Item evaluated(ItemEvaluation verdict, Rectification order) {
            return new Item(draft, status.evaluate(verdict.fulfilled()), progress, inspections, verdict, order);
        }

        private Item rectified(Instant at, String by, String note) {
            return new Item(draft, status.closeRectification(), progress, inspections, evaluation,
                    rectification.closed(at, by, note));
        }

        private static <T> List<T> append(List<T> list, T entry) {
            List<T> longer = new ArrayList<>(list);
            longer.add(entry);
            return longer;
        }
    }

    /** One submission and its review (审诺): the items as they stood, each item's five checks, the decision. */
    public record Round(int no, List<Draft> items, String submittedBy, Instant submittedAt, List<ItemReview> reviews,
            Decision decision, String guidance, String reviewedBy, Instant reviewedAt) {

        private Round reviewed(List<ItemReview> itemReviews, Decision verdict, String advice, String by, Instant at) {
            return new Round(no, items, submittedBy, submittedAt, itemReviews, verdict, advice, by, at);
        }
    }

    public record ItemReview(int itemNo, Map<ReviewCheck, Boolean> checks, String note) {
    }

    /** On the public board from {@code publishedOn}; {@code late} when that was after the publicity deadline. */
    public record Publication(String publicCode, LocalDate publishedOn, LocalDate publicityDeadline, boolean late,
            LocalDate shownAtMeetingOn, String publishedBy, Instant at) {
    }

    public record Progress(String note, boolean completed, String by, Instant at) {
    }

    public record Inspection(LocalDate inspectedOn, String findings, String by, Instant at) {
    }

    /** 领导点评 and 组织考核 of one item, and the verdict they give. */
    public record ItemEvaluation(String leaderComment, String assessment, boolean fulfilled, String by, Instant at) {
    }

    /** 责令限期整改: what must be put right by when, tracked to its closing. */
    public record Rectification(String order, LocalDate deadline, Instant closedAt, String closedBy,
            String closingNote) {

        private Rectification closed(Instant at, String by, String note) {
            return new Rectification(order, deadline, at, by, note);
        }
    }

    public record Evaluation(LocalDate evaluatedOn, String by, Instant at) {
    }

    /** The leadership's judgement of one item (评诺): comment, assessment, verdict, and the order if it fell short. */
    public record Judgement(int itemNo, String leaderComment, String assessment, boolean fulfilled,
            String rectificationOrder, LocalDate rectificationDeadline) {
    }

    private final PledgeKind kind;
    private final int campaignYear;
    private final String proposerPersonNo;
    private final String proposerName;
    private final String organisationName;
    private PledgeStatus status;
    private final List<Item> items;
    private final List<Round> rounds;
    private Publication publication;
    private Evaluation evaluation;

    /** A pledge as it stands, as kept. */
    public Pledge(PledgeKind kind, int campaignYear, String proposerPersonNo, String proposerName,
            String organisationName, PledgeStatus status, List<Item> items, List<Round> rounds, Publication publication,
            Evaluation evaluation) {
        this.kind = kind;
        this.campaignYear = campaignYear;
        this.proposerPersonNo = proposerPersonNo;
        this.proposerName = proposerName;
        this.organisationName = organisationName;
        this.status = status;
        this.items = new ArrayList<>(items);
        this.rounds = new ArrayList<>(rounds);
        this.publication = publication;
        this.evaluation = evaluation;
    }

    /** 提诺: the proposer files the items, which go to review as its first round. */
    public static Pledge propose(PledgeKind kind, int campaignYear, String proposerPersonNo, String proposerName,
            String organisationName, List<Draft> drafts, Instant at) {
        Pledge pledge = new Pledge(kind, campaignYear, proposerPersonNo, proposerName, organisationName,
                PledgeStatus.SUBMITTED, List.of(), List.of(), null, null);
        pledge.submit(drafts, proposerPersonNo, at);
        return pledge;
    }

    /**
     * The organisation a pledge of {@code kind} is filed for, without the blanks around it: a member pledges alone
     * and names none; an organisation pledge names its organisation.
     */
    public static String organisation(PledgeKind kind, String organisationName) {
        if (kind == PledgeKind.MEMBER) {
            if (organisationName != null) {
                throw new RuleViolationException("pledge.member-names-organisation");
            }
            return null;
        }
        if (organisationName == null || organisationName.isBlank()) {
            throw new RuleViolationException("pledge.organisation-unnamed");
        }
        return organisationName.strip();
    }

    /** Refuses a revision of a pledge that was not returned, before anyone is asked about the people it names. */
    public void requireRevisable() {
        status.resubmit();
    }

    /** The revised items go to review again, as a new round. */
    public void resubmit(List<Draft> drafts, String by, Instant at) {
        status = status.resubmit();
        if (rounds.size() >= MAX_ROUNDS) {
            throw new RuleViolationException("pledge.too-many-rounds", Map.of("max", MAX_ROUNDS));
        }
        submit(drafts, by, at);
    }

    private void submit(List<Draft> drafts, String by, Instant at) {
        items.clear();
        drafts.forEach(d -> items.add(Item.planned(d)));
        rounds.add(new Round(rounds.size() + 1, List.copyOf(drafts), by, at, List.of(), null, null, null, null));
    }

    /** Nobody judges their own pledge. */
    public void requireNotOwnedBy(String personNo) {
        if (proposerPersonNo.equals(personNo)) {
            throw new ForbiddenException("pledge.own-pledge");
        }
    }

    /**
     * 审诺: the reviewer answers the five checks of every item, once each, and approves or returns it with guidance
     * as {@link Review} requires.
     */
    public void review(List<ItemReview> itemReviews, Decision decision, String guidance, String by, Instant at) {
        status.requireUnderReview();
        requireNotOwnedBy(by);
        Map<Integer, Map<ReviewCheck, Boolean>> checks = new LinkedHashMap<>();
        for (ItemReview item : itemReviews) {
            if (checks.put(item.itemNo(), item.checks()) != null) {
                throw new RuleViolationException("pledge.item-reviewed-twice", Map.of("item", item.itemNo()));
            }
        }
        Review.requireConsistent(itemNos(), checks, decision, guidance);
        status = decision == Decision.APPROVE ? status.approve() : status.giveBack();
        rounds.set(rounds.size() - 1, currentRound().reviewed(List.copyOf(itemReviews), decision, guidance, by, at));
    }

    /** Refuses to publish a pledge that is not approved, before a public code is drawn for it. */
    public void requirePublishable() {
        status.publish();
    }

    /** 亮诺: on the public board under {@code publicCode} from today, late if after the publicity deadline. */
    public void publish(String publicCode, LocalDate today, LocalDate publicityDeadline, LocalDate shownAtMeetingOn,
            String by, Instant at) {
        status = status.publish();
        publication = new Publication(publicCode, today, publicityDeadline, Flags.late(publicityDeadline, today, today),
                shownAtMeetingOn, by, at);
        items.replaceAll(Item::started);
    }

    /** 践诺: the member answering for an item reports on it; {@code completed} claims it done. */
    public void reportProgress(int itemNo, String note, boolean completed, String by, Instant at) {
        status.requirePublished();
        if (!item(itemNo).draft().responsiblePersonNo().equals(by)) {
            throw new ForbiddenException("pledge.progress-by-responsible", Map.of("item", itemNo));
        }
        change(itemNo, i -> i.withProgress(new Progress(note, completed, by, at)));
    }

    /** 督查: an inspection of an item, on a day since the pledge went public. */
    public void inspect(int itemNo, LocalDate inspectedOn, String findings, String by, Instant at) {
        status.requirePublished();
        if (inspectedOn.isBefore(publication.publishedOn())) {
            throw new RuleViolationException("pledge.inspection-before-publication",
                    Map.of("publishedOn", publication.publishedOn().toString()));
        }
        change(itemNo, i -> i.withInspection(new Inspection(inspectedOn, findings, by, at)));
    }

    /** Refuses to evaluate a pledge twice or before it is public, whatever its verdicts would say. */
    public void requireEvaluable() {
        status.evaluate();
    }

    /**
     * 评诺: every item judged once, by someone other than the proposer; an item that fell short gets a rectification
     * order with a deadline ahead, as {@link Verdicts} requires.
     */
    public void evaluate(List<Judgement> judgements, LocalDate today, String by, Instant at) {
        requireEvaluable();
        requireNotOwnedBy(by);
        Map<Integer, Judgement> byItem = new LinkedHashMap<>();
        for (Judgement judgement : judgements) {
            if (byItem.put(judgement.itemNo(), judgement) != null) {
                throw new RuleViolationException("pledge.item-evaluated-twice", Map.of("item", judgement.itemNo()));
            }
        }
        Map<Integer, Verdict> verdicts = new LinkedHashMap<>();
        byItem.forEach((no, j) -> verdicts.put(no,
                new Verdict(j.fulfilled(), j.rectificationOrder(), j.rectificationDeadline())));
        Verdicts.requireComplete(itemNos(), verdicts, today);
        byItem.forEach((no, j) -> change(no, i -> i.evaluated(
                new ItemEvaluation(j.leaderComment(), j.assessment(), j.fulfilled(), by, at),
                j.fulfilled()
                        ? null
                        : new Rectification(j.rectificationOrder(), j.rectificationDeadline(), null, null, null))));
        status = status.evaluate();
        evaluation = new Evaluation(today, by, at);
    }

    /** Closes an item's open rectification order (整改完成). */
    public void closeRectification(int itemNo, String note, String by, Instant at) {
        change(itemNo, i -> i.rectified(at, by, note));
    }

    private void change(int no, UnaryOperator<Item> change) {
        items.set(indexOf(no), change.apply(item(no)));
    }

    public Item item(int no) {
        return items.get(indexOf(no));
    }

    private int indexOf(int no) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).no() == no) {
                return i;
            }
        }
        throw new NotFoundException("pledge.item-not-found", Map.of("item", no));
    }

    public Round currentRound() {
        return rounds.getLast();
    }

    public List<Integer> itemNos() {
        return items.stream().map(Item::no).toList();
    }

    /** Whose pledge it is, as people say it: the member's name, or the organisation's. */
    public String pledger() {
        return kind == PledgeKind.MEMBER ? proposerName : organisationName;
    }

    /** Who filed it, once per campaign: the member, or the organisation. */
    public String filer() {
        return kind == PledgeKind.MEMBER ? "member:" + proposerPersonNo : "organisation:" + organisationName;
    }

    /** On the public board: published, and evaluated there too. */
    public boolean isPublic() {
        return status == PledgeStatus.PUBLICIZED || status == PledgeStatus.EVALUATED;
    }

    /** Whether the person proposed it or answers for one of its items. */
    public boolean involves(String personNo) {
        return proposerPersonNo.equals(personNo)
                || items.stream().anyMatch(i -> i.draft().responsiblePersonNo().equals(personNo));
    }

    public PledgeKind kind() {
        return kind;
    }

    public int campaignYear() {
        return campaignYear;
    }

    public String proposerPersonNo() {
        return proposerPersonNo;
    }

    public String proposerName() {
        return proposerName;
    }

    public String organisationName() {
        return organisationName;
    }

    public PledgeStatus status() {
        return status;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    public List<Round> rounds() {
        return List.copyOf(rounds);
    }

    public Publication publication() {
        return publication;
    }

    public Evaluation evaluation() {
        return evaluation;
    }
}
