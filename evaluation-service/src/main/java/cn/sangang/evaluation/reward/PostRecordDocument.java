package cn.sangang.evaluation.reward;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.evaluation.reward.domain.QuarterPair;
import cn.sangang.evaluation.reward.domain.RewardBook;
import cn.sangang.evaluation.reward.domain.RewardBook.Status;
import cn.sangang.evaluation.reward.domain.RewardRule.Result;
import cn.sangang.events.Quarter;
import cn.sangang.events.post.PostKind;
import cn.sangang.platform.outbox.AggregateDocument;

/**
 * What evaluation knows of one model post — its assessment results by quarter, its revocation — and the rewards
 * they earned, in one document: a fact, the rewards it grants and their events are one write.
 */
@Document("post_records")
@CompoundIndex(name = "bureau_post", def = "{'bureauId': 1, 'postId': 1}", unique = true)
class PostRecordDocument extends AggregateDocument {

    private String postId;
    private PostKind kind;
    private String holderPersonNo;
    private String unitCode;
    private Map<String, List<Result>> results = new TreeMap<>();
    private String revokedIn;
    private List<Reward> rewards = new ArrayList<>();

    /** A reward as the office handles it; {@code quarters} is its pair, e.g. 2026-Q1/2026-Q2. */
    record Reward(String quarters, Status status, boolean disqualifiedAfterPayment, int amountYuan, Instant grantedAt,
            Instant withdrawnAt, Instant paidAt, String paidBy) {
    }

    PostRecordDocument() {
    }

    PostRecordDocument(String bureauId, String postId, PostKind kind, String holderPersonNo, String unitCode) {
        super(bureauId);
        this.postId = postId;
        this.kind = kind;
        this.holderPersonNo = holderPersonNo;
        this.unitCode = unitCode;
    }

    RewardBook book() {
        Map<Quarter, Set<Result>> facts = new TreeMap<>();
        results.forEach((q, r) -> facts.put(Quarter.parse(q), EnumSet.copyOf(r)));
        return new RewardBook(facts, revokedIn == null ? null : Quarter.parse(revokedIn), rewards.stream().map(
                r -> new RewardBook.Reward(QuarterPair.parse(r.quarters()), r.status(), r.disqualifiedAfterPayment()))
                .toList());
    }

    /** Takes the book's state after a fact: its facts, and each reward's standing, stamping what changed. */
    void update(RewardBook book, int amountYuan, Instant now, String by) {
        results = new TreeMap<>();
        book.results().forEach((q, r) -> results.put(q.toString(), r.stream().sorted().toList()));
        revokedIn = book.revokedIn() == null ? null : book.revokedIn().toString();
        List<Reward> next = new ArrayList<>();
        for (RewardBook.Reward r : book.rewards()) {
            Reward before = reward(r.pair().toString());
            if (before == null) {
                next.add(new Reward(r.pair().toString(), r.status(), false, amountYuan, now, null, null, null));
            } else if (before.status() != r.status()
                    || before.disqualifiedAfterPayment() != r.disqualifiedAfterPayment()) {
                next.add(new Reward(before.quarters(), r.status(), r.disqualifiedAfterPayment(), before.amountYuan(),
                        before.grantedAt(), r.status() == Status.WITHDRAWN ? now : before.withdrawnAt(),
                        r.status() == Status.PAID && before.status() != Status.PAID ? now : before.paidAt(),
                        r.status() == Status.PAID && before.status() != Status.PAID ? by : before.paidBy()));
            } else {
                next.add(before);
            }
        }
        rewards = next;
    }

    Reward reward(String quarters) {
        return rewards.stream().filter(r -> r.quarters().equals(quarters)).findFirst().orElse(null);
    }

    String postId() {
        return postId;
    }

    PostKind kind() {
        return kind;
    }

    String holderPersonNo() {
        return holderPersonNo;
    }

    String unitCode() {
        return unitCode;
    }

    List<Reward> rewards() {
        return List.copyOf(rewards);
    }
}
