package cn.sangang.evaluation.reward;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.events.Quarter;
import cn.sangang.events.post.PostKind;
import cn.sangang.evaluation.reward.domain.RewardBook.Status;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;

/**
 * The bureau's rewards for model posts: the office lists them, pays them, and sets their amount; a member sees the
 * rewards of the individual post they hold.
 */
@RestController
@RequestMapping("/api/evaluation")
class RewardController {

    record RewardView(String rewardId, String postId, PostKind kind, String holderPersonNo, String unitCode,
                      String quarters, int amountYuan, Status status, boolean disqualifiedAfterPayment,
                      Instant grantedAt, Instant withdrawnAt, Instant paidAt, String paidBy) {
    }

    record RewardAmount(@NotNull @Min(0) @Max(1_000_000) Integer amountYuan) {
    }

    private final Rewards rewards;
    private final PostRecordRepository records;

    RewardController(Rewards rewards, PostRecordRepository records) {
        this.rewards = rewards;
        this.records = records;
    }

    @GetMapping("/rewards")
    List<RewardView> list(Caller caller, @RequestParam(required = false) Status status) {
        String bureau = caller.bureauAs(Role.OFFICE, Role.LEADER);
        return records.findWithRewards(bureau).stream()
            .flatMap(r -> r.rewards().stream().filter(w -> status == null || w.status() == status)
                .map(w -> view(r, w)))
            .toList();
    }

    @GetMapping("/rewards/mine")
    List<RewardView> mine(Caller caller) {
        String bureau = caller.bureauAs(Role.bureauRoles());
        return records.findWithRewardsHeldBy(bureau, caller.member()).stream()
            .flatMap(r -> r.rewards().stream().map(w -> view(r, w)))
            .toList();
    }

    @PostMapping("/rewards/{postId}/{firstQuarter}/paid")
    List<RewardView> paid(Caller caller, @PathVariable @Pattern(regexp = "[0-9a-f]{24}") String postId,
                          @PathVariable @Pattern(regexp = "2\\d{3}-Q[1-4]") String firstQuarter) {
        PostRecordDocument record = rewards.markPaid(caller, postId, Quarter.parse(firstQuarter));
        return record.rewards().stream().map(w -> view(record, w)).toList();
    }

    @GetMapping("/reward-settings")
    RewardAmount amount(Caller caller) {
        return new RewardAmount(rewards.amount(caller.bureauAs(Role.OFFICE, Role.LEADER)));
    }

    @PutMapping("/reward-settings")
    RewardAmount setAmount(Caller caller, @Valid @RequestBody RewardAmount request) {
        return new RewardAmount(rewards.setAmount(caller, request.amountYuan()).amountYuan());
    }

    private static RewardView view(PostRecordDocument r, PostRecordDocument.Reward w) {
        return new RewardView(r.postId() + ":" + w.quarters(), r.postId(), r.kind(), r.holderPersonNo(), r.unitCode(),
            w.quarters(), w.amountYuan(), w.status(), w.disqualifiedAfterPayment(), w.grantedAt(), w.withdrawnAt(),
            w.paidAt(), w.paidBy());
    }
}
