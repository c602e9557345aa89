package cn.sangang.pledge;

import static cn.sangang.pledge.PledgeFixture.expect;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import cn.sangang.testkit.EndpointFixture;
import cn.sangang.testkit.EndpointFixture.Caller;

/**
 * A valid call of every endpoint in {@link PledgeEndpoints#CATALOGUE}, made of a bureau's real ids: M1's published
 * pledge, and pledges at each step a call takes them from (proposed, returned, approved, published, evaluated), each
 * of a party member of its own and renewed after each accepted call. The tenancy, role and hostile-input sweeps all
 * send these calls.
 */
final class Endpoints {

    static final Caller LEADER = Caller.as("L1", "LEADER", "MEMBER");
    static final Caller SECRETARY = Caller.as("S1", "SECRETARY", "MEMBER");

    final PledgeFixture a;
    final String published;
    private final AtomicInteger serial = new AtomicInteger();
    private final AtomicInteger nextCampaignYear = new AtomicInteger();
    private final AtomicReference<String> proposer = new AtomicReference<>();
    private final AtomicReference<String> returnedBy = new AtomicReference<>();
    private final AtomicReference<String> returned = new AtomicReference<>();
    private final AtomicReference<String> proposed = new AtomicReference<>();
    private final AtomicReference<String> approved = new AtomicReference<>();
    private final AtomicReference<String> toEvaluate = new AtomicReference<>();
    private final AtomicReference<String> evaluated = new AtomicReference<>();

    Endpoints(int port) {
        a = new PledgeFixture(port);
        nextCampaignYear.set(a.year + 1);
        published = a.published("M1");
        newReturned();
        proposed.set(a.propose(freshMember()));
        newApproved();
        toEvaluate.set(a.published(freshMember()));
        newEvaluated();
    }

    /** A member's pledge returned for revision. */
    String returned() {
        return returned.get();
    }

    /** The ids of this bureau's pledges the calls name. */
    List<String> ids() {
        return List.of(published, returned.get(), proposed.get(), approved.get(), toEvaluate.get(), evaluated.get());
    }

    EndpointFixture fixture() {
        String pledges = "/api/pledge/pledges/";
        return new EndpointFixture(a.bureau)
                // First, so a sweep reads the trail before its own writes add to it.
                .read("GET /api/pledge/audit", LEADER, "/api/pledge/audit")
                .read("GET /api/pledge/campaigns", LEADER, "/api/pledge/campaigns")
                .call("POST /api/pledge/campaigns", LEADER, () -> "/api/pledge/campaigns",
                        () -> Map.of("year", nextCampaignYear.get(), "title", "年度承诺践诺活动", "publicityDeadline",
                                nextCampaignYear.get() + "-05-31"),
                        nextCampaignYear::incrementAndGet)
                .call("PUT /api/pledge/campaigns/{year}", LEADER, "/api/pledge/campaigns/" + a.year,
                        () -> Map.of("title", "年度承诺践诺活动", "publicityDeadline", LocalDate.of(a.year, 12, 31).toString()))
                .read("GET /api/pledge/campaigns/{year}/not-pledged", LEADER,
                        "/api/pledge/campaigns/" + a.year + "/not-pledged")
                .read("GET /api/pledge/pledges", LEADER, "/api/pledge/pledges?year=" + a.year)
                .read("GET /api/pledge/pledges/{id}", LEADER, pledges + published)
                // A member files one pledge a campaign: each call is a party member's first.
                .call("POST /api/pledge/pledges", Caller.as(proposer::get, "MEMBER"), () -> {
                    proposer.set(freshMember());
                    return "/api/pledge/pledges";
                }, () -> Map.of("kind", "MEMBER", "campaignYear", a.year, "items",
                        List.of(PledgeFixture.item("走访林农", proposer.get(), PledgeFixture.inDays(30)))), null)
                .call("PUT /api/pledge/pledges/{id}/items", Caller.as(returnedBy::get, "MEMBER"),
                        () -> pledges + returned.get() + "/items",
                        () -> Map.of("items",
                                List.of(PledgeFixture.item("修改后的承诺", returnedBy.get(), PledgeFixture.inDays(40)))),
                        this::newReturned)
                .call("POST /api/pledge/pledges/{id}/review", LEADER, () -> pledges + proposed.get() + "/review",
                        () -> PledgeFixture.review("APPROVE", 2, 0, null), () -> proposed.set(a.propose(freshMember())))
                .call("POST /api/pledge/pledges/{id}/publication", SECRETARY,
                        () -> pledges + approved.get() + "/publication",
                        () -> Map.of("shownAtMeetingOn", PledgeFixture.inDays(-1).toString()), this::newApproved)
                .read("GET /api/pledge/pledges/{id}/letter.pdf", LEADER, pledges + published + "/letter.pdf")
                .call("POST /api/pledge/pledges/{id}/items/{no}/progress", Caller.as("M1", "MEMBER"),
                        pledges + published + "/items/1/progress", () -> Map.of("note", "本月走访5户", "completed", false))
                .call("POST /api/pledge/pledges/{id}/items/{no}/inspections", SECRETARY,
                        pledges + published + "/items/1/inspections",
                        () -> Map.of("inspectedOn", PledgeFixture.inDays(0).toString(), "findings", "台账齐全"))
                .call("POST /api/pledge/pledges/{id}/evaluation", LEADER,
                        () -> pledges + toEvaluate.get() + "/evaluation",
                        () -> Map.of("items",
                                List.of(PledgeFixture.fulfilled(1),
                                        PledgeFixture.notFulfilled(2, PledgeFixture.inDays(20)))),
                        () -> toEvaluate.set(a.published(freshMember())))
                .call("POST /api/pledge/pledges/{id}/items/{no}/rectification/closed", LEADER,
                        () -> pledges + evaluated.get() + "/items/2/rectification/closed", () -> Map.of("note", "已补齐"),
                        this::newEvaluated)
                .read("GET /api/pledge/ledger", LEADER, "/api/pledge/ledger?year=" + a.year)
                .read("GET /api/pledge/ledger.xlsx", LEADER, "/api/pledge/ledger.xlsx?year=" + a.year);
    }

    /** A party member of the stub roster with no pledge in this year's campaign yet. */
    private String freshMember() {
        String personNo = "F" + serial.incrementAndGet();
        PledgeServiceTest.ZONE.person(a.bureau, personNo, "linzheng", true);
        return personNo;
    }

    private void newReturned() {
        String member = freshMember();
        String id = a.propose(member);
        expect(200, a.leader().post("/api/pledge/pledges/" + id + "/review",
                PledgeFixture.review("RETURN", 2, 1, "请把第1项写具体")));
        returnedBy.set(member);
        returned.set(id);
    }

    private void newApproved() {
        String id = a.propose(freshMember());
        expect(200, a.approve(id, 2));
        approved.set(id);
    }

    private void newEvaluated() {
        String id = a.published(freshMember());
        expect(200, a.leader().post("/api/pledge/pledges/" + id + "/evaluation", Map.of("items",
                List.of(PledgeFixture.fulfilled(1), PledgeFixture.notFulfilled(2, PledgeFixture.inDays(20))))));
        evaluated.set(id);
    }
}
