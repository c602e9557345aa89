package cn.sangang.bench;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * The satisfaction reads of a bureau and quarter with {@code answers} stored answers: a survey's results (its rate
 * and latest opinions), the office's survey list with every rate, and the county feed's bureau-quarter figures.
 * The answers are written straight into evaluation-service's store, in the shape the service stores them and
 * already counted — a million answers through the API would take the whole run — and the survey's tally (counts
 * and latest opinions) is set to match, so the service publishes the rate to the feed as it would have.
 */
final class SatisfactionQuery {

    private static final String[] RATINGS = {"SATISFIED", "SATISFIED", "SATISFIED", "BASICALLY_SATISFIED",
            "DISSATISFIED"};
    private static final int BATCH = 5_000;
    private static final int LATEST_OPINIONS = 100;
    private static final long FEED_WAIT_NANOS = 120_000_000_000L;

    private final LocalSystem system;
    private final String office;
    private final String county;
    private final BenchSurveys surveys;

    SatisfactionQuery(LocalSystem system) {
        this.system = system;
        this.office = system.login("tj0005");
        this.county = system.login("county");
        this.surveys = new BenchSurveys(system, office, 12);
    }

    private record Read(String path, String token) {
    }

    /** Seeding time and, per read, its latencies over {@code requests} calls through the gateway. */
    record Result(long answers, double seedSeconds, Map<String, ClosedLoop.Result> reads) {
    }

    Result run(long answers, int requests, int workers) throws InterruptedException {
        BenchSurveys.Survey survey = surveys.next();
        long seedStart = System.nanoTime();
        seed(survey, answers);
        awaitFeed(survey.quarter(), answers);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        Map<String, ClosedLoop.Result> reads = new LinkedHashMap<>();
        Map<String, Read> calls = new LinkedHashMap<>();
        calls.put("GET /api/evaluation/surveys/{code}/results (rate + latest opinions)",
                new Read("/api/evaluation/surveys/" + survey.code() + "/results", office));
        calls.put("GET /api/evaluation/surveys (the bureau's surveys with their rates)",
                new Read("/api/evaluation/surveys", office));
        calls.put("GET /api/evaluation/county/feed?quarter= (bureau-quarter satisfaction, every bureau)",
                new Read("/api/evaluation/county/feed?quarter=" + survey.quarter(), county));
        for (var call : calls.entrySet()) {
            String url = LocalSystem.GATEWAY + call.getValue().path();
            String token = call.getValue().token();
            ClosedLoop.run(Math.max(requests / 10, 20), workers, i -> system.http.get(url, token));
            reads.put(call.getKey(), ClosedLoop.run(requests, workers, i -> system.http.get(url, token)));
        }
        return new Result(answers, seedSeconds, reads);
    }

    private void seed(BenchSurveys.Survey survey, long answers) {
        MongoCollection<Document> store = system.database("evaluation").getCollection("answers");
        long[] byRating = new long[3];
        Deque<Document> latest = new ArrayDeque<>();
        Instant first = Instant.now().minusSeconds(answers);
        List<Document> batch = new ArrayList<>(BATCH);
        for (long i = 0; i < answers; i++) {
            String rating = RATINGS[(int) (i % RATINGS.length)];
            byRating[rating.equals("SATISFIED") ? 0 : rating.equals("BASICALLY_SATISFIED") ? 1 : 2]++;
            Document answer = new Document("_id", survey.code() + ":d:" + HexFormat.of().toHexDigits(i))
                    .append("bureauId", LocalSystem.BUREAU).append("surveyCode", survey.code()).append("rating", rating)
                    .append("at", Date.from(first.plusSeconds(i))).append("tally", "COUNTED");
            if (i % 10 == 0) {
                answer.append("opinion", "第 " + i + " 位群众的意见：巡逻再勤一些");
                latest.addLast(new Document("rating", rating).append("opinion", answer.getString("opinion"))
                        .append("at", answer.getDate("at")));
                if (latest.size() > LATEST_OPINIONS) {
                    latest.removeFirst();
                }
            }
            batch.add(answer);
            if (batch.size() == BATCH) {
                store.insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.insertMany(batch, new InsertManyOptions().ordered(false));
        }
        system.database("evaluation").getCollection("survey_tallies").updateOne(Filters.eq("_id", survey.code()),
                Updates.combine(Updates.set("SATISFIED", byRating[0]), Updates.set("BASICALLY_SATISFIED", byRating[1]),
                        Updates.set("DISSATISFIED", byRating[2]), Updates.set("latestOpinions", List.copyOf(latest)),
                        Updates.set("changedAt", Date.from(Instant.now()))));
    }

    private void awaitFeed(String quarter, long answers) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < FEED_WAIT_NANOS) {
            for (var bureau : system.http
                    .get(LocalSystem.GATEWAY + "/api/evaluation/county/feed?quarter=" + quarter, county)
                    .expect(200, "county feed").json()) {
                if (bureau.path("bureauId").asString().equals(LocalSystem.BUREAU)
                        && bureau.path("summary").path("surveyAnswers").asLong() >= answers) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the county feed did not show " + answers + " answers for " + quarter);
    }
}
