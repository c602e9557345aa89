package cn.sangang.evaluation.reward;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.sangang.evaluation.reward.RewardApi.RewardAmount;
import cn.sangang.evaluation.reward.RewardApi.RewardView;
import cn.sangang.evaluation.reward.domain.RewardBook.Status;
import cn.sangang.evaluation.zone.ZoneNames;
import cn.sangang.events.Quarter;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.platform.spreadsheet.XlsxDownloads;

/**
 * The bureau's rewards for model posts: the office lists them, pays them, and sets their amount; a member sees the
 * rewards of the individual post they hold.
 */
@RestController
@RequestMapping("/api/evaluation")
class RewardController {

    static final String PAIR = "2\\d{3}-Q[1-4]/2\\d{3}-Q[1-4]";

    private final RewardService rewards;
    private final PayoutNames names;
    private final ZoneNames zone;

    RewardController(RewardService rewards, PayoutNames names, ZoneNames zone) {
        this.rewards = rewards;
        this.names = names;
        this.zone = zone;
    }

    @GetMapping("/rewards")
    List<RewardView> list(Caller caller, @RequestParam(required = false) Status status) {
        String bureau = caller.bureauAs(Role.OFFICE, Role.LEADER);
        return rewards.withRewards(bureau).stream().flatMap(r -> r.rewards().stream()
                .filter(w -> status == null || w.status() == status).map(w -> RewardView.of(r, w))).toList();
    }

    /** 奖励发放表: the list as the office prints it, with a column to sign and the total; {@code quarters} one pair. */
    @GetMapping("/rewards.xlsx")
    ResponseEntity<StreamingResponseBody> payoutList(Caller caller, @RequestParam(required = false) Status status,
            @RequestParam(required = false) @Pattern(regexp = PAIR) String quarters) {
        String bureau = caller.bureauAs(Role.OFFICE, Role.LEADER);
        List<PayoutSheet.RewardLine> lines = rewards.withRewards(bureau).stream()
                .flatMap(r -> r.rewards().stream().filter(w -> status == null || w.status() == status)
                        .filter(w -> quarters == null || w.quarters().equals(quarters))
                        .map(w -> new PayoutSheet.RewardLine(r.postId(), r.kind(), r.holderPersonNo(), r.unitCode(),
                                w.quarters(), w.amountYuan())))
                .toList();
        PayoutNames.Names known = names.of(bureau);
        ZoneNames.Names units = zone.units();
        return XlsxDownloads.attachment("党员示范岗奖励发放表.xlsx", "奖励发放表",
                PayoutSheet.title(zone.bureau(bureau), status, quarters), PayoutSheet.COLUMNS,
                () -> PayoutSheet.lines(lines, known, units));
    }

    @GetMapping("/rewards/mine")
    List<RewardView> mine(Caller caller) {
        String bureau = caller.bureauAs(Role.bureauRoles());
        return rewards.heldBy(bureau, caller.member()).stream()
                .flatMap(r -> r.rewards().stream().map(w -> RewardView.of(r, w))).toList();
    }

    @PostMapping("/rewards/{postId}/{firstQuarter}/paid")
    List<RewardView> paid(Caller caller, @PathVariable @Pattern(regexp = "[0-9a-f]{24}") String postId,
            @PathVariable @Pattern(regexp = "2\\d{3}-Q[1-4]") String firstQuarter) {
        PostRecordDocument record = rewards.markPaid(caller, postId, Quarter.parse(firstQuarter));
        return record.rewards().stream().map(w -> RewardView.of(record, w)).toList();
    }

    @GetMapping("/reward-settings")
    RewardAmount amount(Caller caller) {
        return new RewardAmount(rewards.amount(caller.bureauAs(Role.OFFICE, Role.LEADER)));
    }

    @PutMapping("/reward-settings")
    RewardAmount setAmount(Caller caller, @Valid @RequestBody RewardAmount request) {
        return new RewardAmount(rewards.setAmount(caller, request.amountYuan()).amountYuan());
    }
}
