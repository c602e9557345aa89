package cn.sangang.pledge.pledge;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.pledge.PledgeEvaluated;
import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.outbox.ConcurrentEdits;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.pledge.pledge.PledgeApi.EvaluationRequest;
import cn.sangang.pledge.pledge.PledgeApi.ItemVerdict;
import cn.sangang.pledge.pledge.domain.Pledge;

/** 践诺 and 评诺: progress, inspections, the evaluation of every item, and rectification to its closing. */
@Service
class FulfilmentService {

    private final PledgeRepository pledges;
    private final PledgeService lifecycle;
    private final ChangeRecorder recorder;

    FulfilmentService(PledgeRepository pledges, PledgeService lifecycle, ChangeRecorder recorder) {
        this.pledges = pledges;
        this.lifecycle = lifecycle;
        this.recorder = recorder;
    }

    /** Entries on one pledge's ledger by several people at once are all recorded (ConcurrentEdits). */
    PledgeDocument progress(Caller caller, String id, int itemNo, String note, boolean completed) {
        return ConcurrentEdits.retried(() -> {
            PledgeDocument stored = lifecycle.pledge(caller.bureauAs(Role.MEMBER), id);
            Pledge pledge = stored.toPledge();
            pledge.reportProgress(itemNo, note.strip(), completed, caller.member(), recorder.now());
            stored.keep(pledge);
            recorder.audit(stored, caller, completed ? "pledge.item-completed" : "pledge.progress", null,
                    "第 " + itemNo + " 项" + (completed ? "报告完成" : "登记进展"));
            return pledges.save(stored);
        });
    }

    PledgeDocument inspect(Caller caller, String id, int itemNo, LocalDate inspectedOn, String findings) {
        return ConcurrentEdits.retried(() -> {
            PledgeDocument stored = lifecycle.pledge(caller.bureauAs(Role.SECRETARY, Role.LEADER), id);
            Pledge pledge = stored.toPledge();
            pledge.inspect(itemNo, inspectedOn, findings.strip(), caller.member(), recorder.now());
            stored.keep(pledge);
            recorder.audit(stored, caller, "pledge.inspected", findings, "第 " + itemNo + " 项督查 " + inspectedOn);
            return pledges.save(stored);
        });
    }

    PledgeDocument evaluate(Caller caller, String id, EvaluationRequest request) {
        PledgeDocument stored = lifecycle.pledge(caller.bureauAs(Role.LEADER), id);
        Pledge pledge = stored.toPledge();
        LocalDate today = LocalDate.ofInstant(recorder.now(), Quarter.BUREAU_TIME);
        pledge.evaluate(request.items().stream()
                .map(v -> new Pledge.Judgement(v.itemNo(), v.leaderComment().strip(), v.assessment().strip(),
                        v.fulfilled(), v.rectificationOrder() == null ? null : v.rectificationOrder().strip(),
                        v.rectificationDeadline()))
                .toList(), today, caller.member(), recorder.now());
        stored.keep(pledge);
        long fulfilled = request.items().stream().filter(ItemVerdict::fulfilled).count();
        recorder.audit(stored, caller, "pledge.evaluated", null,
                "评诺：" + fulfilled + "/" + request.items().size() + " 项兑现");
        recorder.publish(stored, EventTypes.PLEDGE_EVALUATED, new PledgeEvaluated(stored.getId(), pledge.kind(),
                pledge.campaignYear(), pledge.proposerPersonNo(),
                pledge.items().stream().map(i -> new PledgeEvaluated.ItemResult(i.no(), i.draft().responsiblePersonNo(),
                        i.evaluation().fulfilled(), i.rectification() == null ? null : i.rectification().deadline()))
                        .toList(),
                today, caller.member()));
        return pledges.save(stored);
    }

    PledgeDocument closeRectification(Caller caller, String id, int itemNo, String note) {
        PledgeDocument stored = lifecycle.pledge(caller.bureauAs(Role.LEADER, Role.SECRETARY), id);
        Pledge pledge = stored.toPledge();
        pledge.closeRectification(itemNo, note.strip(), caller.member(), recorder.now());
        stored.keep(pledge);
        recorder.audit(stored, caller, "pledge.rectified", note, "第 " + itemNo + " 项整改完成");
        return pledges.save(stored);
    }
}
