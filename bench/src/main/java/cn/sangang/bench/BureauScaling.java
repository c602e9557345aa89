package cn.sangang.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import tools.jackson.databind.JsonNode;

/**
 * How one bureau's reads and answers fare as more bureaus share the deployment (scripts/bench.sh BUREAUS=n seeds
 * n bureaus): the staff reads of {@link LocalSystem#BUREAU}, the county feed that lists every bureau, and the public
 * answers — each through the gateway. Each bureau's office first opens a survey of this quarter and one member of
 * the public answers it, so that every bureau has a row in the county feed.
 */
final class BureauScaling {

    private static final long FEED_WAIT_NANOS = 120_000_000_000L;
    private static final long ACCOUNTS_WAIT_NANOS = 900_000_000_000L;

    /** {@code accountsSeconds}: how long after all were healthy the last demo account (the county's) could sign in. */
    record Result(int bureausInFeed, double accountsSeconds, Map<String, ClosedLoop.Result> reads,
            SurveyAnswers.Leg answers) {
    }

    private final LocalSystem system;

    BureauScaling(LocalSystem system) {
        this.system = system;
    }

    Result run(int requests, int workers, int answersPerLeg, int answerWorkers) throws InterruptedException {
        long start = System.nanoTime();
        String county = loginOnceSeeded("county");
        double accountsSeconds = (System.nanoTime() - start) / 1e9;
        StaffWork staff = new StaffWork(system);
        SurveyAnswers answers = new SurveyAnswers(system);
        String quarter = LocalSystem.quarter(0);
        String feed = LocalSystem.GATEWAY + "/api/evaluation/county/feed?quarter=" + quarter;
        int bureaus = answerOnceInEveryBureau(quarter, feed, county);
        Map<String, IntFunction<Http.Response>> calls = new LinkedHashMap<>(staff.reads());
        calls.put("county: the feed, every bureau (GET /api/evaluation/county/feed)",
                i -> system.http.get(feed, county));
        Map<String, ClosedLoop.Result> reads = new LinkedHashMap<>();
        for (var call : calls.entrySet()) {
            ClosedLoop.run(Math.max(requests / 10, 20), workers, call.getValue());
            reads.put(call.getKey(), ClosedLoop.run(requests, workers, call.getValue()));
        }
        answers.leg(LocalSystem.GATEWAY, Math.max(answersPerLeg / 5, 100), answerWorkers);
        return new Result(bureaus, accountsSeconds, reads,
                answers.leg(LocalSystem.GATEWAY, answersPerLeg, answerWorkers));
    }

    /**
     * The gateway seeds the demo accounts after it reports UP, bureau after bureau, each password hashed on its own:
     * with a hundred bureaus the last ones arrive minutes later.
     */
    private String loginOnceSeeded(String username) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            try {
                return system.login(username);
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() - start > ACCOUNTS_WAIT_NANOS) {
                    throw notYet;
                }
                Thread.sleep(2_000);
            }
        }
    }

    /** The number of bureaus in the feed once each has its row. */
    private int answerOnceInEveryBureau(String quarter, String feed, String county) throws InterruptedException {
        List<String> offices = new ArrayList<>();
        for (JsonNode bureau : system.http.get(LocalSystem.GATEWAY + "/api/zone/bureaus", county).expect(200, "bureaus")
                .json()) {
            String id = bureau.path("id").asString();
            offices.add(id.equals(LocalSystem.BUREAU) ? "tj0005" : id.replace("bench-", "b") + "-0005");
        }
        for (String office : offices) {
            String token = loginOnceSeeded(office);
            String survey = system.http
                    .post(LocalSystem.GATEWAY + "/api/evaluation/surveys", token,
                            Map.of("targetType", "LEADERSHIP", "title", "班子满意度（基准测试）", "quarter", quarter))
                    .expect(201, "survey of " + office).json().path("code").asString();
            String ticket = SurveyTickets
                    .request(system.http, LocalSystem.EVALUATION, survey, "bench-" + UUID.randomUUID())
                    .expect(201, "ticket for " + survey).json().path("ticket").asString();
            system.http.post(LocalSystem.GATEWAY + "/public/evaluation/surveys/" + survey + "/answers", null,
                    Map.of("ticket", ticket, "rating", "SATISFIED")).expect(201, "answer to " + survey);
        }
        long start = System.nanoTime();
        while (System.nanoTime() - start < FEED_WAIT_NANOS) {
            int rows = system.http.get(feed, county).expect(200, "county feed").json().size();
            if (rows >= offices.size()) {
                return rows;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the county feed did not list all " + offices.size() + " bureaus");
    }
}
