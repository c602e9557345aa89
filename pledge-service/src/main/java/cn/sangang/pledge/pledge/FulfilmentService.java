package cn.sangang.pledge.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.pledge.PledgeEvaluated;
import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ForbiddenException;
import cn.sangang.platform.problem.RuleViolationException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.pledge.pledge.PledgeApi.EvaluationRequest;
import cn.sangang.pledge.pledge.PledgeApi.ItemVerdict;
import cn.sangang.pledge.pledge.domain.Verdicts;
import cn.sangang.pledge.pledge.domain.Verdicts.Verdict;

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

    PledgeDocument progress(Caller caller, String id, int itemNo, String note, boolean completed) {
        PledgeDocument pledge = lifecycle.pledge(caller.bureauAs(Role.MEMBER), id);
        pledge.status().requirePublished();
        PledgeDocument.Item item = pledge.item(itemNo);
        if (!item.draft().responsiblePersonNo().equals(caller.memberId())) {
            throw new ForbiddenException("pledge.progress-by-responsible", Map.of("item", itemNo));
        }
        pledge.changeItem(itemNo, i -> i.withProgress(new PledgeDocument.Progress(note.strip(), completed,
            caller.member(), recorder.now())));
        recorder.audit(pledge, caller, completed ? "pledge.item-completed" : "pledge.progress", null,
            "第 " + itemNo + " 项" + (completed ? "报告完成" : "登记进展"));
        return pledges.save(pledge);
    }

    PledgeDocument inspect(Caller caller, String id, int itemNo, LocalDate inspectedOn, String findings) {
        PledgeDocument pledge = lifecycle.pledge(caller.bureauAs(Role.SECRETARY, Role.LEADER), id);
        pledge.status().requirePublished();
        if (inspectedOn.isBefore(pledge.publication().publishedOn())) {
            throw new RuleViolationException("pledge.inspection-before-publication", Map.of("publishedOn",
                pledge.publication().publishedOn().toString()));
        }
        pledge.changeItem(itemNo, i -> i.withInspection(new PledgeDocument.Inspection(inspectedOn, findings.strip(),
            caller.member(), recorder.now())));
        recorder.audit(pledge, caller, "pledge.inspected", findings, "第 " + itemNo + " 项督查 " + inspectedOn);
        return pledges.save(pledge);
    }

    PledgeDocument evaluate(Caller caller, String id, EvaluationRequest request) {
        PledgeDocument pledge = lifecycle.pledge(caller.bureauAs(Role.LEADER), id);
        // Refused here, so that a pledge evaluated already answers 409 whatever the verdicts say.
        pledge.status().evaluate();
        PledgeService.requireNotOwn(caller, pledge);
        Map<Integer, ItemVerdict> byItem = new LinkedHashMap<>();
        for (ItemVerdict verdict : request.items()) {
            if (byItem.put(verdict.itemNo(), verdict) != null) {
                throw new RuleViolationException("pledge.item-evaluated-twice", Map.of("item", verdict.itemNo()));
            }
        }
        Map<Integer, Verdict> verdicts = new LinkedHashMap<>();
        byItem.forEach((no, v) -> verdicts.put(no, new Verdict(v.fulfilled(), v.rectificationOrder(),
            v.rectificationDeadline())));
        LocalDate today = LocalDate.ofInstant(recorder.now(), Quarter.BUREAU_TIME);
        Verdicts.requireComplete(pledge.itemNos(), verdicts, today);
        Instant now = recorder.now();
        byItem.forEach((no, v) -> pledge.changeItem(no, i -> i.evaluated(
            new PledgeDocument.ItemEvaluation(v.leaderComment().strip(), v.assessment().strip(), v.fulfilled(),
                caller.member(), now),
            v.fulfilled() ? null : new PledgeDocument.Rectification(v.rectificationOrder().strip(),
                v.rectificationDeadline(), null, null, null))));
        pledge.evaluated(new PledgeDocument.Evaluation(today, caller.member(), now));
        long fulfilled = request.items().stream().filter(ItemVerdict::fulfilled).count();
        recorder.audit(pledge, caller, "pledge.evaluated", null,
            "评诺：" + fulfilled + "/" + request.items().size() + " 项兑现");
        recorder.publish(pledge, EventTypes.PLEDGE_EVALUATED, new PledgeEvaluated(pledge.getId(), pledge.kind(),
            pledge.campaignYear(), pledge.proposerPersonNo(), pledge.items().stream()
                .map(i -> new PledgeEvaluated.ItemResult(i.no(), i.draft().responsiblePersonNo(),
                    i.evaluation().fulfilled(), i.rectification() == null ? null : i.rectification().deadline()))
                .toList(), today, caller.member()));
        return pledges.save(pledge);
    }

    PledgeDocument closeRectification(Caller caller, String id, int itemNo, String note) {
        PledgeDocument pledge = lifecycle.pledge(caller.bureauAs(Role.LEADER, Role.SECRETARY), id);
        pledge.changeItem(itemNo, i -> i.rectified(recorder.now(), caller.member(), note.strip()));
        recorder.audit(pledge, caller, "pledge.rectified", note, "第 " + itemNo + " 项整改完成");
        return pledges.save(pledge);
    }
}
