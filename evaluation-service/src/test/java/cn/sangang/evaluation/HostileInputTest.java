package cn.sangang.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.sangang.events.Quarter;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.HostileInputSuite;
import cn.sangang.testkit.HostileSweep;
import cn.sangang.testkit.HostileSweep.Call;
import cn.sangang.testkit.HostileSweep.Target;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/**
 * Hostile input to every state-changing endpoint, the public survey ones included, by a caller allowed to use it:
 * malformed JSON, wrong types, operator keys, huge and deep bodies and hostile ids are refused with a problem and
 * write nothing; hostile opinions and titles are stored and returned verbatim; edge values and generated bodies
 * never cause a server error.
 * <p>
 * An accepted answer moves its survey's satisfaction, which a scheduled task publishes a few seconds later,
 * writing to the survey. So each answer endpoint is called on a survey of a bureau of its own, and after each
 * accepted answer moves on to a survey of a new bureau, whose store nothing else is about to change.
 */
@EvaluationServiceTest
class HostileInputTest implements HostileInputSuite {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MongoTemplate mongo;

    final String quarter = Quarter.of(LocalDate.now(Quarter.BUREAU_TIME)).toString();
    final AtomicInteger serial = new AtomicInteger();
    String bureau;
    String survey;
    Survey answered;
    Survey answeredByMembers;
    HostileSweep sweep;

    /**
     * A bureau, one open survey of it, and a ticket of that survey, asked for before any request of the sweep: a
     * ticket is a write of its own (its challenge used, the network's quota counted), and refused answers leave
     * the ticket unused, so one serves every answer until one is accepted and the next survey takes over.
     */
    record Survey(String bureau, String code, String ticket) {
    }

    @BeforeEach
    void bureauWithSurveys() {
        bureau = TestBureaus.fresh();
        survey = openSurvey(bureau);
        answered = newBureauSurvey();
        answeredByMembers = newBureauSurvey();
        sweep = new HostileSweep(port, mongo.getDb());
    }

    @Override
    public List<Target> targets() {
        String office = office(bureau);
        return List.of(
            Target.of("POST /api/evaluation/rewards/{postId}/{firstQuarter}/paid", bureau, office,
                "/api/evaluation/rewards/" + new ObjectId().toHexString() + "/" + quarter + "/paid", null),
            Target.of("POST /api/evaluation/surveys", bureau, office, "/api/evaluation/surveys",
                () -> Map.of("targetType", "ZONE", "targetId", "zone-" + serial.incrementAndGet(), "title", "责任区测评",
                    "quarter", quarter)),
            Target.of("POST /api/evaluation/surveys/{code}/close", bureau, office,
                "/api/evaluation/surveys/" + survey + "/close", null),
            new Target("POST /api/evaluation/surveys/{code}/answers", true, () -> new Call(answeredByMembers.bureau(),
                TestTokens.token(answeredByMembers.bureau(), "M" + serial.incrementAndGet(), "MEMBER"),
                "/api/evaluation/surveys/" + answeredByMembers.code() + "/answers",
                Map.of("rating", "SATISFIED", "opinion", "服务热情")),
                () -> answeredByMembers = newBureauSurvey()),
            Target.of("POST /api/evaluation/notifications/{id}/read", bureau, office,
                "/api/evaluation/notifications/" + new ObjectId().toHexString() + "/read", null),
            Target.of("POST /api/evaluation/notifications/read-all", bureau, office,
                "/api/evaluation/notifications/read-all", null),
            Target.of("PUT /api/evaluation/reward-settings", bureau, office, "/api/evaluation/reward-settings",
                () -> Map.of("amountYuan", 1500)),
            Target.of("PUT /api/evaluation/survey-settings", bureau, office, "/api/evaluation/survey-settings",
                () -> Map.of("autoQuarterly", true)),
            Target.of("POST /public/evaluation/surveys/{code}/tickets", bureau, null,
                "/public/evaluation/surveys/" + survey + "/tickets", () -> Respondent.at(port).solvedRequest(survey)),
            new Target("POST /public/evaluation/surveys/{code}/answers", true, () -> new Call(answered.bureau(), null,
                "/public/evaluation/surveys/" + answered.code() + "/answers",
                Map.of("ticket", answered.ticket(), "rating", "BASICALLY_SATISFIED", "opinion", "办事快")),
                () -> answered = newBureauSurvey()));
    }

    @Override
    public HostileSweep sweep() {
        return sweep;
    }

    @Override
    public RequestMappingHandlerMapping mappings() {
        return mappings;
    }

    private Survey newBureauSurvey() {
        String fresh = TestBureaus.fresh();
        String code = openSurvey(fresh);
        return new Survey(fresh, code, Respondent.at(port).ticketOf(code));
    }

    private String openSurvey(String of) {
        var created = Api.at(port).as(office(of)).post("/api/evaluation/surveys", Map.of("targetType", "ZONE",
            "targetId", "zone-" + serial.incrementAndGet(), "title", "责任区测评", "quarter", quarter));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("code").asString();
    }

    private static String office(String of) {
        return TestTokens.token(of, "O1", "OFFICE", "LEADER");
    }
}
