package cn.sangang.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

import cn.sangang.events.Quarter;

/**
 * The fault drill's steady traffic (scripts/faults.sh kills and restarts parts of the system meanwhile), through the
 * gateway as clients would send it: public survey answers, progress entries on a published pledge's ledger, and
 * quarterly assessments of model posts, whose second consecutive pass grants a reward in evaluation-service.
 * Every write is journalled at once with its outcome, so the check afterwards (DrillCheck) knows what must be
 * found: acknowledged (2xx) must be found exactly once; refused by a rule (4xx, e.g. a full ledger) must not be found;
 * unacknowledged (5xx or no answer) may or may not have happened, but not twice.
 */
final class DrillTraffic {

    static final int POSTS = 6;
    /** Items of the drill's pledge: each takes 50 progress entries, so the ledger does not fill up during a drill. */
    static final int ITEMS = 20;

    private final LocalSystem system;
    private final PrintWriter journal;
    private final String office;
    private final String leader;
    private final String secretary;

    DrillTraffic(LocalSystem system, Path journalFile) {
        this.system = system;
        try {
            this.journal = new PrintWriter(Files.newBufferedWriter(journalFile, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.office = system.login("tj0005");
        this.leader = system.login("tj0001");
        this.secretary = system.login("tj0008");
    }

    /** Sets up, then sends traffic until {@code stopFile} exists. */
    void run(Path stopFile) throws InterruptedException {
        Instant started = Instant.now();
        String survey = new BenchSurveys(system, office, 0).next().code();
        String pledge = publishedPledge();
        List<String> posts = awardedPosts();
        record("setup", started.toString(), survey, pledge, String.join(",", posts));
        System.out.println("drill traffic: survey " + survey + ", pledge " + pledge + ", posts " + posts);
        List<Thread> threads = new ArrayList<>();
        threads.add(Thread.ofVirtual().start(() -> answers(survey, stopFile)));
        threads.add(Thread.ofVirtual().start(() -> progress(pledge, stopFile)));
        threads.add(Thread.ofVirtual().start(() -> assessments(posts, stopFile)));
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println("drill traffic: stopped");
    }

    private void answers(String survey, Path stopFile) {
        for (int i = 0; !Files.exists(stopFile); i++) {
            String device = "drill-" + UUID.randomUUID();
            String rating = i % 4 == 3 ? "DISSATISFIED" : "SATISFIED";
            try {
                Http.Response ticket = SurveyTickets.request(system.http, LocalSystem.GATEWAY, survey, device);
                if (ticket.status() == 201) {
                    record(outcome("answer",
                            () -> system.http.post(
                                    LocalSystem.GATEWAY + "/public/evaluation/surveys/" + survey + "/answers", null,
                                    Map.of("ticket", ticket.json().path("ticket").asString(), "rating", rating))),
                            survey, device);
                }
            } catch (RuntimeException noTicket) {
                // Without a ticket no answer was sent: nothing to find.
            }
            pause(50);
        }
    }

    private void progress(String pledge, Path stopFile) {
        for (int n = 0; !Files.exists(stopFile); n++) {
            String note = "drill-progress-" + n + " 本周入户宣传两次";
            String url = LocalSystem.GATEWAY + "/api/pledge/pledges/" + pledge + "/items/" + (n % ITEMS + 1)
                    + "/progress";
            record(outcome("progress", () -> system.http.post(url, secretary, Map.of("note", note))), pledge,
                    Integer.toString(n));
            pause(300);
        }
    }

    /**
     * Each post is assessed PASS for the quarter two back, then the one back: the pair that grants its reward. Spaced
     * out so that assessments and their rewards fall into every fault of the drill.
     */
    private void assessments(List<String> posts, Path stopFile) {
        List<String[]> due = new ArrayList<>();
        for (String post : posts) {
            due.add(new String[]{post, LocalSystem.quarter(2)});
            due.add(new String[]{post, LocalSystem.quarter(1)});
        }
        for (int i = 0; i < due.size() && !Files.exists(stopFile);) {
            String post = due.get(i)[0];
            String quarter = due.get(i)[1];
            String outcome = outcome("assessment",
                    () -> system.http.post(LocalSystem.GATEWAY + "/api/post/posts/" + post + "/assessments", leader,
                            Map.of("quarter", quarter, "result", "PASS", "findings", "季度考核合格", "remedy", "NONE")));
            // A retry after a lost answer may find the first attempt applied: its 409 means it was.
            record(outcome.equals("assessment!") ? "assessment" : outcome, post, quarter);
            if (!outcome.equals("assessment?")) {
                i++;
            }
            pause(15_000);
        }
    }

    private String publishedPledge() {
        Pledges pledges = new Pledges(system, secretary, leader);
        String id = pledges.propose("故障演练党支部 " + UUID.randomUUID(), ITEMS);
        pledges.approve(id, ITEMS);
        pledges.publish(id);
        return id;
    }

    /**
     * Elected posts of the demo data (post-service's DemoPosts establishes them three quarters back), awarded plaques
     * six months back: after their establishment, as a plaque must be, and in the quarter two back, so that it and
     * the next have ended and may be assessed.
     */
    private List<String> awardedPosts() {
        LocalDate awardedOn = LocalDate.now(Quarter.BUREAU_TIME).minusMonths(6);
        List<String> posts = establishedBefore(awardedOn);
        if (posts.size() < POSTS) {
            throw new IllegalStateException("the drill needs " + POSTS + " elected posts established by " + awardedOn
                    + " (the demo seed's electedPosts), found " + posts.size());
        }
        for (String post : posts) {
            system.http
                    .post(LocalSystem.GATEWAY + "/api/post/posts/" + post + "/plaque", leader, Map.of("plaqueNo",
                            "DRILL-" + UUID.randomUUID().toString().substring(0, 8), "awardedOn", awardedOn.toString()))
                    .expect(200, "award " + post);
        }
        return posts;
    }

    /** Up to {@link #POSTS} individual posts established (and not yet awarded) on or before {@code day}. */
    private List<String> establishedBefore(LocalDate day) {
        JsonNode posts = system.http.get(LocalSystem.GATEWAY + "/api/post/posts", leader).expect(200, "posts").json();
        return StreamSupport.stream(posts.spliterator(), false)
                .filter(p -> p.path("kind").asString().equals("INDIVIDUAL")
                        && p.path("status").asString().equals("ESTABLISHED"))
                .filter(p -> !LocalDate
                        .ofInstant(Instant.parse(p.path("establishment").path("at").asString()), Quarter.BUREAU_TIME)
                        .isAfter(day))
                .map(p -> p.path("id").asString()).sorted().limit(POSTS).toList();
    }

    /** {@code kind} when acknowledged, {@code kind!} when refused by a rule, {@code kind?} when unacknowledged. */
    private static String outcome(String kind, Supplier<Http.Response> write) {
        try {
            int status = write.get().status();
            return status < 300 ? kind : status < 500 ? kind + "!" : kind + "?";
        } catch (RuntimeException unanswered) {
            return kind + "?";
        }
    }

    private synchronized void record(String... fields) {
        journal.println(String.join(" ", fields));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
