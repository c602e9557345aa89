package cn.sangang.pledge;

import static cn.sangang.pledge.PledgeFixture.expect;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.sangang.testkit.HostileInputSuite;
import cn.sangang.testkit.HostileSweep;
import cn.sangang.testkit.HostileSweep.Call;
import cn.sangang.testkit.HostileSweep.Target;
import cn.sangang.testkit.TestTokens;

/**
 * Hostile input to every state-changing endpoint, by a caller allowed to use it: malformed JSON, wrong types,
 * operator keys, huge and deep bodies and hostile ids are refused with a problem and write nothing; hostile text
 * that is valid text is stored and returned verbatim; edge values and generated bodies never cause a server error.
 */
@PledgeServiceTest
class HostileInputTest implements HostileInputSuite {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MongoTemplate mongo;

    PledgeFixture a;
    HostileSweep sweep;
    String published;
    final AtomicInteger serial = new AtomicInteger();
    final AtomicInteger nextCampaignYear = new AtomicInteger();
    final AtomicReference<String> returnedBy = new AtomicReference<>();
    final AtomicReference<String> returned = new AtomicReference<>();
    final AtomicReference<String> proposed = new AtomicReference<>();
    final AtomicReference<String> approved = new AtomicReference<>();
    final AtomicReference<String> toEvaluate = new AtomicReference<>();
    final AtomicReference<String> evaluated = new AtomicReference<>();

    @BeforeEach
    void bureauWithPledges() {
        a = new PledgeFixture(port);
        nextCampaignYear.set(a.year + 1);
        published = a.published("M1");
        newReturned();
        proposed.set(a.propose(freshMember()));
        newApproved();
        toEvaluate.set(a.published(freshMember()));
        newEvaluated();
        sweep = new HostileSweep(port, mongo.getDb());
    }

    @Override
    public List<Target> targets() {
        String leader = token("L1", "LEADER", "MEMBER");
        String secretary = token("S1", "SECRETARY", "MEMBER");
        String pledges = "/api/pledge/pledges/";
        return List.of(
            target("POST /api/pledge/campaigns", () -> leader, () -> "/api/pledge/campaigns",
                () -> Map.of("year", nextCampaignYear.get(), "title", "年度承诺践诺活动",
                    "publicityDeadline", nextCampaignYear.get() + "-05-31"))
                .renewedBy(nextCampaignYear::incrementAndGet),
            Target.of("PUT /api/pledge/campaigns/{year}", a.bureau, leader, "/api/pledge/campaigns/" + a.year,
                () -> Map.of("title", "年度承诺践诺活动", "publicityDeadline", LocalDate.of(a.year, 12, 31).toString())),
            new Target("POST /api/pledge/pledges", true, () -> {
                String member = freshMember();
                return new Call(a.bureau, token(member, "MEMBER"), "/api/pledge/pledges", Map.of("kind", "MEMBER",
                    "campaignYear", a.year, "items", List.of(PledgeFixture.item("走访林农", member, PledgeFixture.inDays(30)))));
            }, null),
            target("PUT /api/pledge/pledges/{id}/items", () -> token(returnedBy.get(), "MEMBER"),
                () -> pledges + returned.get() + "/items",
                () -> Map.of("items", List.of(PledgeFixture.item("修改后的承诺", returnedBy.get(), PledgeFixture.inDays(40)))))
                .renewedBy(this::newReturned),
            target("POST /api/pledge/pledges/{id}/review", () -> leader, () -> pledges + proposed.get() + "/review",
                () -> PledgeFixture.review("APPROVE", 2, 0, null))
                .renewedBy(() -> proposed.set(a.propose(freshMember()))),
            target("POST /api/pledge/pledges/{id}/publication", () -> secretary,
                () -> pledges + approved.get() + "/publication",
                () -> Map.of("shownAtMeetingOn", PledgeFixture.inDays(-1).toString()))
                .renewedBy(this::newApproved),
            Target.of("POST /api/pledge/pledges/{id}/items/{no}/progress", a.bureau, token("M1", "MEMBER"),
                pledges + published + "/items/1/progress", () -> Map.of("note", "本月走访5户", "completed", false)),
            Target.of("POST /api/pledge/pledges/{id}/items/{no}/inspections", a.bureau, secretary,
                pledges + published + "/items/1/inspections",
                () -> Map.of("inspectedOn", PledgeFixture.inDays(0).toString(), "findings", "台账齐全")),
            target("POST /api/pledge/pledges/{id}/evaluation", () -> leader, () -> pledges + toEvaluate.get() + "/evaluation",
                () -> Map.of("items", List.of(PledgeFixture.fulfilled(1),
                    PledgeFixture.notFulfilled(2, PledgeFixture.inDays(20)))))
                .renewedBy(() -> toEvaluate.set(a.published(freshMember()))),
            target("POST /api/pledge/pledges/{id}/items/{no}/rectification/closed", () -> leader,
                () -> pledges + evaluated.get() + "/items/2/rectification/closed", () -> Map.of("note", "已补齐"))
                .renewedBy(this::newEvaluated));
    }

    @Override
    public HostileSweep sweep() {
        return sweep;
    }

    @Override
    public RequestMappingHandlerMapping mappings() {
        return mappings;
    }

    private Target target(String endpoint, Supplier<String> token, Supplier<String> path, Supplier<Object> body) {
        return new Target(endpoint, true, () -> new Call(a.bureau, token.get(), path.get(), body.get()), null);
    }

    private String token(String member, String... roles) {
        return TestTokens.token(a.bureau, member, roles);
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
