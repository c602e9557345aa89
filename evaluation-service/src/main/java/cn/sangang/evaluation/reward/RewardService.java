package cn.sangang.evaluation.reward;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import cn.sangang.evaluation.reward.domain.OwnReward;
import cn.sangang.evaluation.reward.domain.QuarterPair;
import cn.sangang.evaluation.reward.domain.RewardBook;
import cn.sangang.evaluation.reward.domain.RewardBook.Status;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.evaluation.RewardGranted;
import cn.sangang.events.evaluation.RewardWithdrawn;
import cn.sangang.events.post.PostKind;
import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.ForbiddenException;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;

/** Folds post facts into each post's record, granting and withdrawing rewards; the office pays them. */
@Service
class RewardService {

    private final PostRecordRepository records;
    private final RewardSettingsRepository settings;
    private final ChangeRecorder recorder;
    private final int defaultAmountYuan;

    RewardService(PostRecordRepository records, RewardSettingsRepository settings, ChangeRecorder recorder,
            @Value("${sangang.evaluation.default-reward-yuan:1000}") int defaultAmountYuan) {
        this.records = records;
        this.settings = settings;
        this.recorder = recorder;
        this.defaultAmountYuan = defaultAmountYuan;
    }

    /** The post's record with one more fact; rewards it newly earns are granted, with their event, in the same write. */
    void record(String bureau, String postId, PostKind kind, String holderPersonNo, String unitCode,
            Function<RewardBook, RewardBook.Changes> fact) {
        PostRecordDocument record = records.findByBureauIdAndPostId(bureau, postId)
                .orElseGet(() -> new PostRecordDocument(bureau, postId, kind, holderPersonNo, unitCode));
        RewardBook book = record.book();
        RewardBook.Changes changes = fact.apply(book);
        int amount = amount(bureau);
        record.update(book, amount, recorder.now(), null);
        Caller evaluation = new Caller(bureau, "evaluation", Set.of());
        for (QuarterPair pair : changes.granted()) {
            recorder.audit(record, evaluation, "reward.granted", null,
                    "示范岗连续两个季度考核合格 " + pair + "，奖励 " + amount + " 元");
            recorder.publish(record, EventTypes.REWARD_GRANTED, new RewardGranted(rewardId(postId, pair), postId,
                    record.kind(), record.holderPersonNo(), record.unitCode(), pair.toString(), amount));
        }
        for (QuarterPair pair : changes.withdrawn()) {
            recorder.audit(record, evaluation, "reward.withdrawn", "示范岗在 " + book.revokedIn() + " 被撤销",
                    "撤回未发放的奖励 " + pair);
            recorder.publish(record, EventTypes.REWARD_WITHDRAWN,
                    new RewardWithdrawn(rewardId(postId, pair), postId, pair.toString(), false));
        }
        for (QuarterPair pair : changes.disqualifiedAfterPayment()) {
            recorder.audit(record, evaluation, "reward.disqualified", "示范岗在 " + book.revokedIn() + " 被撤销",
                    "已发放的奖励 " + pair + " 不再成立，请办公室处理");
            recorder.publish(record, EventTypes.REWARD_WITHDRAWN,
                    new RewardWithdrawn(rewardId(postId, pair), postId, pair.toString(), true));
        }
        try {
            records.save(record);
        } catch (DuplicateKeyException firstFactRaced) {
            throw new ConflictException("request.concurrent-change");
        }
    }

    PostRecordDocument markPaid(Caller caller, String postId, Quarter firstQuarter) {
        String bureau = caller.bureauAs(Role.OFFICE);
        PostRecordDocument record = records.findByBureauIdAndPostId(bureau, postId)
                .orElseThrow(() -> new NotFoundException("reward.post-not-found", Map.of("post", postId)));
        QuarterPair pair = QuarterPair.startingAt(firstQuarter);
        PostRecordDocument.Reward reward = record.reward(pair.toString());
        if (reward == null) {
            throw new NotFoundException("reward.not-earned", Map.of("post", postId, "quarters", pair.toString()));
        }
        if (reward.status() != Status.GRANTED) {
            throw new ConflictException("reward.not-awaiting-payment",
                    Map.of("quarters", pair.toString(), "status", reward.status().name()));
        }
        try {
            OwnReward.requireNotPaidByHolder(caller.memberId(), record.kind(), record.holderPersonNo());
        } catch (ForbiddenException refused) {
            // The record is unchanged; the write carries the audit entry of the attempt alone.
            recorder.audit(record, caller, "reward.refused", OwnReward.REASON, "拒绝发放本人示范岗的奖励 " + pair);
            records.save(record);
            throw refused;
        }
        RewardBook book = record.book();
        book.paid(pair);
        record.update(book, reward.amountYuan(), recorder.now(), caller.member());
        recorder.audit(record, caller, "reward.paid", null, "发放奖励 " + pair + " " + reward.amountYuan() + " 元");
        return records.save(record);
    }

    /** The bureau's post records that have a reward. */
    List<PostRecordDocument> withRewards(String bureau) {
        return records.findWithRewards(bureau);
    }

    /** The records of the individual posts {@code personNo} holds (or held) that have a reward. */
    List<PostRecordDocument> heldBy(String bureau, String personNo) {
        return records.findWithRewardsHeldBy(bureau, personNo);
    }

    int amount(String bureau) {
        return settings.findByBureauId(bureau).map(RewardSettingsDocument::amountYuan).orElse(defaultAmountYuan);
    }

    RewardSettingsDocument setAmount(Caller caller, int amountYuan) {
        String bureau = caller.bureauAs(Role.OFFICE);
        RewardSettingsDocument bureauSettings = settings.findByBureauId(bureau)
                .orElseGet(() -> new RewardSettingsDocument(bureau, amountYuan));
        bureauSettings.change(amountYuan);
        recorder.audit(bureauSettings, caller, "reward.amount-set", null, "示范岗奖励标准改为 " + amountYuan + " 元");
        try {
            return settings.save(bureauSettings);
        } catch (DuplicateKeyException concurrent) {
            throw new ConflictException("request.concurrent-change");
        }
    }

    static String rewardId(String postId, QuarterPair pair) {
        return postId + ":" + pair;
    }
}
