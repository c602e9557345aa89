package cn.sangang.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.model.Filters;

/**
 * Public survey answers, through the gateway and straight to evaluation-service, in alternating legs of one run:
 * the throughput ratio, the latencies, and each leg's answers acknowledged (201) against those found in the store
 * and counted in the survey's tally. Each leg answers its own survey with tickets fetched beforehand, so only the
 * answer itself is timed.
 */
final class SurveyAnswers {

    record Leg(String path, String survey, ClosedLoop.Result result, long stored, long counted) {
    }

    private static final String[] RATINGS = {"SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"};

    private final LocalSystem system;
    private final String office;
    private final BenchSurveys surveys;

    SurveyAnswers(LocalSystem system) {
        this.system = system;
        this.office = system.login("tj0005");
        this.surveys = new BenchSurveys(system, office, 0);
    }

    List<Leg> run(int answersPerLeg, int workers, int rounds) throws InterruptedException {
        leg(LocalSystem.GATEWAY, Math.max(answersPerLeg / 5, 100), workers);
        leg(LocalSystem.EVALUATION, Math.max(answersPerLeg / 5, 100), workers);
        List<Leg> legs = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            legs.add(leg(LocalSystem.GATEWAY, answersPerLeg, workers));
            legs.add(leg(LocalSystem.EVALUATION, answersPerLeg, workers));
        }
        return legs;
    }

    /** A survey of its own for one leg, and its tickets, fetched straight from the service and not timed. */
    record Prepared(String base, String survey, String[] tickets) {
    }

    Leg leg(String base, int answers, int workers) throws InterruptedException {
        return answer(prepare(base, answers, workers), workers);
    }

    Prepared prepare(String base, int answers, int workers) throws InterruptedException {
        String survey = surveys.next().code();
        return new Prepared(base, survey, tickets(survey, answers, workers));
    }

    /** Sends the prepared answers and finds them in the store and the tally afterwards. */
    Leg answer(Prepared leg, int workers) throws InterruptedException {
        String[] tickets = leg.tickets();
        String survey = leg.survey();
        ClosedLoop.Result result = ClosedLoop.run(tickets.length, workers,
                i -> system.http.post(leg.base() + "/public/evaluation/surveys/" + survey + "/answers", null,
                        i % 10 == 0
                                ? Map.of("ticket", tickets[i], "rating", RATINGS[i % RATINGS.length], "opinion",
                                        "窗口办事很快")
                                : Map.of("ticket", tickets[i], "rating", RATINGS[i % RATINGS.length])));
        long stored = system.database("evaluation").getCollection("answers")
                .countDocuments(Filters.eq("surveyCode", survey));
        long counted = system.http
                .get(LocalSystem.EVALUATION + "/api/evaluation/surveys/" + survey + "/results", office)
                .expect(200, "results of " + survey).json().path("survey").path("answers").asLong();
        return new Leg(leg.base().equals(LocalSystem.GATEWAY) ? "gateway" : "direct", survey, result, stored, counted);
    }

    private String[] tickets(String survey, int count, int workers) throws InterruptedException {
        String[] tickets = new String[count];
        ClosedLoop.Result fetched = ClosedLoop.run(count, workers, i -> {
            Http.Response response = SurveyTickets.request(system.http, LocalSystem.EVALUATION, survey,
                    "bench-" + UUID.randomUUID());
            if (response.status() == 201) {
                tickets[i] = response.json().path("ticket").asString();
            }
            return response;
        });
        if (fetched.withStatus(201) != count) {
            throw new IllegalStateException("tickets for " + survey + ": " + fetched.statuses());
        }
        return tickets;
    }
}
