package cn.sangang.pledge.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.events.pledge.PledgeKind;
import cn.sangang.platform.outbox.AggregateDocument;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.problem.RuleViolationException;
import cn.sangang.pledge.pledge.domain.ItemStatus;
import cn.sangang.pledge.pledge.domain.PledgeStatus;
import cn.sangang.pledge.pledge.domain.Review.Decision;
import cn.sangang.pledge.pledge.domain.ReviewCheck;

/**
 * A pledge with its whole life — every review round, the publication, the ledger of each item with its progress,
 * inspections, verdict and rectification — in one document, so each change and its events are one write.
 */
@Document("pledges")
@CompoundIndex(name = "bureau_year_status", def = "{'bureauId': 1, 'campaignYear': 1, 'status': 1}")
@CompoundIndex(name = "public_code", def = "{'publication.publicCode': 1}", unique = true, sparse = true)
@CompoundIndex(name = "one_pledge_per_filer", def = "{'bureauId': 1, 'campaignYear': 1, 'filer': 1}", unique = true)
class PledgeDocument extends AggregateDocument {

    /**
     * Bounds that keep one pledge's document far from the store's 16 MB limit: 20 rounds of 20 items of 2,000
     * characters come to about 2.4 MB, and 20 items × 2 × 50 entries of 500 characters to about 3 MB (UTF-8).
     */
    static final int MAX_ROUNDS = 20;
    static final int MAX_ENTRIES_PER_ITEM = 50;

    private PledgeKind kind;
    private int campaignYear;
    private String proposerPersonNo;
    private String proposerName;
    private String organisationName;
    /** Who filed it, once per campaign: the member, or the organisation. */
    private String filer;
    private PledgeStatus status;
    private List<Item> items = new ArrayList<>();
    private List<Round> rounds = new ArrayList<>();
    private Publication publication;
    private Evaluation evaluation;

    /** An item as proposed: content, who answers for it, by when (完成时限), and the expected effect (预期效果). */
    record Draft(int no, String content, String responsiblePersonNo, String responsibleName, LocalDate deadline,
                 String expectedEffect) {
    }

    /** An item of the ledger (登记台账). */
    record Item(Draft draft, ItemStatus status, List<Progress> progress, List<Inspection> inspections,
                ItemEvaluation evaluation, Rectification rectification) {

        static Item planned(Draft draft) {
            return new Item(draft, ItemStatus.PLANNED, List.of(), List.of(), null, null);
        }

        int no() {
            return draft.no();
        }

        Item withStatus(ItemStatus next) {
            return new Item(draft, next, progress, inspections, evaluation, rectification);
        }

        Item withProgress(Progress entry) {
            if (progress.size() >= MAX_ENTRIES_PER_ITEM) {
                throw new RuleViolationException("pledge.item-progress-full", Map.of("max", MAX_ENTRIES_PER_ITEM));
            }
            return new Item(draft, status.progress(entry.completed()), append(progress, entry), inspections,
                evaluation, rectification);
        }

        Item withInspection(Inspection inspection) {
            if (inspections.size() >= MAX_ENTRIES_PER_ITEM) {
                throw new RuleViolationException("pledge.item-inspections-full", Map.of("max", MAX_ENTRIES_PER_ITEM));
            }
            return new Item(draft, status, progress, append(inspections, inspection), evaluation, rectification);
        }

        Item evaluated(ItemEvaluation verdict, Rectification order) {
            return new Item(draft, status.evaluate(verdict.fulfilled()), progress, inspections, verdict, order);
        }

        Item rectified(Instant at, String by, String note) {
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
    record Round(int no, List<Draft> items, String submittedBy, Instant submittedAt, List<ItemReview> reviews,
                 Decision decision, String guidance, String reviewedBy, Instant reviewedAt) {

        Round reviewed(List<ItemReview> itemReviews, Decision verdict, String advice, String by, Instant at) {
            return new Round(no, items, submittedBy, submittedAt, itemReviews, verdict, advice, by, at);
        }
    }

    record ItemReview(int itemNo, Map<ReviewCheck, Boolean> checks, String note) {
    }

    /** On the public board from {@code publishedOn}; {@code late} when that was after the publicity deadline. */
    record Publication(String publicCode, LocalDate publishedOn, LocalDate publicityDeadline, boolean late,
                       LocalDate shownAtMeetingOn, String publishedBy, Instant at) {
    }

    record Progress(String note, boolean completed, String by, Instant at) {
    }

    record Inspection(LocalDate inspectedOn, String findings, String by, Instant at) {
    }

    /** 领导点评 and 组织考核 of one item, and the verdict they give. */
    record ItemEvaluation(String leaderComment, String assessment, boolean fulfilled, String by, Instant at) {
    }

    /** 责令限期整改: what must be put right by when, tracked to its closing. */
    record Rectification(String order, LocalDate deadline, Instant closedAt, String closedBy, String closingNote) {

        Rectification closed(Instant at, String by, String note) {
            return new Rectification(order, deadline, at, by, note);
        }
    }

    record Evaluation(LocalDate evaluatedOn, String by, Instant at) {
    }

    PledgeDocument() {
    }

    PledgeDocument(String bureauId, PledgeKind kind, int campaignYear, String proposerPersonNo, String proposerName,
                   String organisationName, List<Draft> drafts, Instant at) {
        super(bureauId);
        this.kind = kind;
        this.campaignYear = campaignYear;
        this.proposerPersonNo = proposerPersonNo;
        this.proposerName = proposerName;
        this.organisationName = organisationName;
        this.filer = kind == PledgeKind.MEMBER ? "member:" + proposerPersonNo : "organisation:" + organisationName;
        this.status = PledgeStatus.SUBMITTED;
        submit(drafts, proposerPersonNo, at);
    }

    void resubmit(List<Draft> drafts, String by, Instant at) {
        status = status.resubmit();
        if (rounds.size() >= MAX_ROUNDS) {
            throw new RuleViolationException("pledge.too-many-rounds", Map.of("max", MAX_ROUNDS));
        }
        submit(drafts, by, at);
    }

    private void submit(List<Draft> drafts, String by, Instant at) {
        items = new ArrayList<>(drafts.stream().map(Item::planned).toList());
        rounds.add(new Round(rounds.size() + 1, List.copyOf(drafts), by, at, List.of(), null, null, null, null));
    }

    void review(List<ItemReview> itemReviews, Decision decision, String guidance, String by, Instant at) {
        status = decision == Decision.APPROVE ? status.approve() : status.giveBack();
        rounds.set(rounds.size() - 1, currentRound().reviewed(itemReviews, decision, guidance, by, at));
    }

    void publish(Publication board) {
        status = status.publish();
        publication = board;
        items.replaceAll(item -> item.withStatus(item.status().start()));
    }

    void changeItem(int no, UnaryOperator<Item> change) {
        items.set(indexOf(no), change.apply(item(no)));
    }

    void evaluated(Evaluation done) {
        status = status.evaluate();
        evaluation = done;
    }

    Item item(int no) {
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

    Round currentRound() {
        return rounds.getLast();
    }

    List<Integer> itemNos() {
        return items.stream().map(Item::no).toList();
    }

    PledgeKind kind() {
        return kind;
    }

    int campaignYear() {
        return campaignYear;
    }

    String proposerPersonNo() {
        return proposerPersonNo;
    }

    String proposerName() {
        return proposerName;
    }

    String organisationName() {
        return organisationName;
    }

    PledgeStatus status() {
        return status;
    }

    List<Item> items() {
        return List.copyOf(items);
    }

    List<Round> rounds() {
        return List.copyOf(rounds);
    }

    Publication publication() {
        return publication;
    }

    Evaluation evaluation() {
        return evaluation;
    }
}
