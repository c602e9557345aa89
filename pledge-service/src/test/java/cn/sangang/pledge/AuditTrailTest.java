package cn.sangang.pledge;

import static cn.sangang.pledge.PledgeFixture.inDays;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.AuditSweep;
import cn.sangang.testkit.AuditTrailContract;

/**
 * Every state-changing endpoint, called once with success in the order a bureau would, leaves its audit record
 * naming who did what to which aggregate — an action {@link PledgeEndpoints} names for it; an endpoint without one
 * is listed there with the reason.
 */
@PledgeServiceTest
class AuditTrailTest extends AuditTrailContract {

    PledgeFixture f;

    AuditTrailTest() {
        super(PledgeEndpoints.CATALOGUE, "/api/pledge/audit");
    }

    @Override
    protected Api bureauAndItsTrailReader() {
        f = new PledgeFixture(port);
        return f.leader();
    }

    @Override
    protected void walk(AuditSweep sweep) {
        AuditSweep.Caller member = sweep.by(f.member("M1"), "M1");
        AuditSweep.Caller leader = sweep.by(f.leader(), "L1");
        AuditSweep.Caller secretary = sweep.by(f.secretary(), "S1");

        secretary.post("/api/pledge/campaigns", Map.of("year", f.year + 1)).leaves("campaign.opened", "Campaign");
        leader.put("/api/pledge/campaigns/" + f.year,
                Map.of("title", "党员承诺践诺活动", "publicityDeadline", LocalDate.of(f.year, 12, 31).toString()))
                .leaves("campaign.changed", "Campaign");

        String pledge = member
                .post("/api/pledge/pledges",
                        Map.of("kind", "MEMBER", "campaignYear", f.year, "items",
                                List.of(PledgeFixture.item("每月走访辖区林农不少于4户", "M1", inDays(60)),
                                        PledgeFixture.item("办理林政案件零投诉", "M2", inDays(90)))))
                .leaves("pledge.proposed", "Pledge").entry().aggregateId();
        String path = "/api/pledge/pledges/" + pledge;
        leader.post(path + "/review", PledgeFixture.review("RETURN", 2, 2, "第二项要量化")).leaves("pledge.returned",
                "Pledge", pledge);
        member.put(path + "/items",
                Map.of("items",
                        List.of(PledgeFixture.item("每月走访辖区林农不少于4户", "M1", inDays(60)),
                                PledgeFixture.item("林政案件30日内办结率100%", "M2", inDays(90)))))
                .leaves("pledge.revised", "Pledge", pledge);
        leader.post(path + "/review", PledgeFixture.review("APPROVE", 2, 0, null)).leaves("pledge.approved", "Pledge",
                pledge);
        secretary.post(path + "/publication", Map.of()).leaves("pledge.publicized", "Pledge", pledge);

        member.post(path + "/items/1/progress", Map.of("note", "走访3户", "completed", false)).leaves("pledge.progress",
                "Pledge", pledge);
        secretary.post(path + "/items/1/inspections", Map.of("inspectedOn", inDays(0).toString(), "findings", "记录完整"))
                .leaves("pledge.inspected", "Pledge", pledge);
        leader.post(path + "/evaluation",
                Map.of("items", List.of(PledgeFixture.fulfilled(1), PledgeFixture.notFulfilled(2, inDays(20)))))
                .leaves("pledge.evaluated", "Pledge", pledge);
        secretary.post(path + "/items/2/rectification/closed", Map.of("note", "已补齐")).leaves("pledge.rectified",
                "Pledge", pledge);
    }
}
