package cn.sangang.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.mongodb.client.model.Filters;
import tools.jackson.databind.JsonNode;

import cn.sangang.events.EventType;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;

/**
 * After the drill: what was acknowledged is found, every event published was applied, and no effect happened twice.
 * Waits up to {@link #SETTLE_SECONDS} for the system to catch up (outboxes relayed, consumers caught up, unfinished
 * counts repaired), then prints each figure and whether it holds; exits 1 if one does not.
 */
final class DrillCheck {

    static final int SETTLE_SECONDS = 180;
    private static final Pattern PROGRESS = Pattern.compile("drill-progress-(\\d+) ");
    /** The handlers checked, with the event types each applies. */
    private static final Map<String, Set<String>> HANDLERS = Map.of("evaluation-feed",
            Stream.of(EventTypes.POST_AWARDED, EventTypes.POST_ASSESSED, EventTypes.POST_REVOKED,
                    EventTypes.ZONE_ASSESSED, EventTypes.PLEDGE_APPROVED, EventTypes.PLEDGE_EVALUATED,
                    EventTypes.REWARD_GRANTED, EventTypes.REWARD_WITHDRAWN, EventTypes.SATISFACTION_RATED)
                    .map(EventType::name).collect(Collectors.toSet()),
            "evaluation-rewards", Set.of(EventTypes.POST_ASSESSED.name()));

    record Figure(String what, String value, boolean holds) {
    }

    private final LocalSystem system;
    private final List<String[]> journal;
    private final String office;
    private final String leader;
    private final String county;

    DrillCheck(LocalSystem system, Path journalFile) {
        this.system = system;
        try {
            this.journal = Files.readAllLines(journalFile, StandardCharsets.UTF_8).stream().map(l -> l.split(" "))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.office = system.login("tj0005");
        this.leader = system.login("tj0001");
        this.county = system.login("county");
    }

    boolean run() throws InterruptedException {
        String[] setup = journal.stream().filter(l -> l[0].equals("setup")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the journal has no setup line"));
        Instant started = Instant.parse(setup[1]);
        String survey = setup[2];
        String pledge = setup[3];
        List<String> posts = List.of(setup[4].split(","));
        List<Figure> figures = settle(() -> {
            List<Figure> all = new ArrayList<>();
            all.addAll(answers(survey));
            all.addAll(progress(pledge));
            all.addAll(assessmentsAndRewards(posts));
            all.addAll(events(started));
            return all;
        });
        System.out.println("| check | figures | holds |");
        System.out.println("|---|---|---|");
        figures.forEach(f -> System.out
                .println("| " + f.what() + " | " + f.value() + " | " + (f.holds() ? "yes" : "**NO**") + " |"));
        return figures.stream().allMatch(Figure::holds);
    }

    private List<Figure> settle(Supplier<List<Figure>> check) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE_SECONDS * 1_000_000_000L;
        List<Figure> figures = check.get();
        while (!figures.stream().allMatch(Figure::holds) && System.nanoTime() < deadline) {
            Thread.sleep(5_000);
            figures = check.get();
        }
        return figures;
    }

    private List<Figure> answers(String survey) {
        List<String> acknowledged = ids("answer", l -> survey + ":d:" + sha256(l[2]));
        List<String> unacknowledged = ids("answer?", l -> survey + ":d:" + sha256(l[2]));
        List<String> refused = ids("answer!", l -> survey + ":d:" + sha256(l[2]));
        var answers = system.database("evaluation").getCollection("answers");
        long found = answers.countDocuments(Filters.in("_id", acknowledged));
        long foundUnacknowledged = answers.countDocuments(Filters.in("_id", unacknowledged));
        long foundRefused = answers.countDocuments(Filters.in("_id", refused));
        long stored = answers.countDocuments(Filters.eq("surveyCode", survey));
        long counted = system.http.get(LocalSystem.GATEWAY + "/api/evaluation/surveys/" + survey + "/results", office)
                .expect(200, "survey results").json().path("survey").path("answers").asLong();
        long fed = feed(LocalSystem.quarter(0)).path("surveyAnswers").asLong();
        return List.of(
                new Figure("survey answers acknowledged (201) → found in the store",
                        acknowledged.size() + " → " + found, found == acknowledged.size()),
                new Figure("survey answers without an acknowledgement (5xx, no answer) → stored anyway",
                        unacknowledged.size() + " → " + foundUnacknowledged, true),
                new Figure("survey answers refused (4xx) → stored all the same", refused.size() + " → " + foundRefused,
                        foundRefused == 0),
                new Figure("answers stored = counted in the survey's tally (none counted twice)",
                        stored + " = " + counted, stored == counted),
                new Figure("answers counted = answers on the county feed (satisfaction-rated applied)",
                        counted + " = " + fed, counted == fed));
    }

    private List<Figure> progress(String pledge) {
        String body = system.http.get(LocalSystem.GATEWAY + "/api/pledge/pledges/" + pledge, leader)
                .expect(200, "the drill pledge").body();
        Map<String, Integer> entries = new HashMap<>();
        Matcher m = PROGRESS.matcher(body);
        while (m.find()) {
            entries.merge(m.group(1), 1, Integer::sum);
        }
        List<String> acknowledged = ids("progress", l -> l[2]);
        List<String> unacknowledged = ids("progress?", l -> l[2]);
        List<String> refused = ids("progress!", l -> l[2]);
        long found = acknowledged.stream().filter(entries::containsKey).count();
        long foundRefused = refused.stream().filter(entries::containsKey).count();
        long twice = entries.values().stream().filter(n -> n > 1).count();
        return List.of(
                new Figure("ledger progress entries acknowledged (200) → found", acknowledged.size() + " → " + found,
                        found == acknowledged.size()),
                new Figure("progress entries without an acknowledgement (5xx, no answer) → recorded anyway",
                        unacknowledged.size() + " → " + unacknowledged.stream().filter(entries::containsKey).count(),
                        true),
                new Figure("progress entries refused (4xx) → recorded all the same",
                        refused.size() + " → " + foundRefused, foundRefused == 0),
                new Figure("progress entries recorded twice", Long.toString(twice), twice == 0));
    }

    private List<Figure> assessmentsAndRewards(List<String> posts) {
        List<String> acknowledged = ids("assessment", l -> l[1] + " " + l[2]);
        long found = 0;
        Map<String, Integer> passedQuarters = new LinkedHashMap<>();
        for (String post : posts) {
            JsonNode view = system.http.get(LocalSystem.GATEWAY + "/api/post/posts/" + post, leader)
                    .expect(200, "post " + post).json();
            for (JsonNode assessment : view.path("assessments")) {
                if (acknowledged.contains(post + " " + assessment.path("quarter").asString())) {
                    found++;
                }
            }
            passedQuarters.put(post, view.path("assessments").size());
        }
        Map<String, Integer> rewards = new HashMap<>();
        for (JsonNode reward : system.http.get(LocalSystem.GATEWAY + "/api/evaluation/rewards", office)
                .expect(200, "rewards").json()) {
            if (posts.contains(reward.path("postId").asString())) {
                rewards.merge(reward.path("postId").asString() + " " + reward.path("quarters").asString(), 1,
                        Integer::sum);
            }
        }
        long due = passedQuarters.values().stream().filter(n -> n >= 2).count();
        long twice = rewards.values().stream().filter(n -> n > 1).count();
        long fed = feed(LocalSystem.quarter(1)).path("rewardsGranted").asLong();
        return List.of(
                new Figure("post assessments acknowledged → found", acknowledged.size() + " → " + found,
                        found == acknowledged.size()),
                new Figure("rewards granted for posts passing two consecutive quarters",
                        due + " due, " + rewards.size() + " granted", rewards.size() == due),
                new Figure("rewards granted twice", Long.toString(twice), twice == 0),
                new Figure("rewards on the county feed (reward-granted applied)", Long.toString(fed),
                        fed == rewards.size()));
    }

    private List<Figure> events(Instant since) {
        List<PublishedEvents.Event> published = PublishedEvents
                .since(List.of(Topics.POST, Topics.PLEDGE, Topics.EVALUATION), LocalSystem.BUREAU, since);
        List<Figure> figures = new ArrayList<>();
        var markers = system.database("evaluation").getCollection("processed_events");
        for (var handler : HANDLERS.entrySet()) {
            List<String> expected = published.stream().filter(e -> handler.getValue().contains(e.type()))
                    .map(e -> handler.getKey() + ":" + e.eventId()).distinct().toList();
            long applied = markers.countDocuments(Filters.in("_id", expected));
            figures.add(new Figure("events published → applied by " + handler.getKey(),
                    expected.size() + " → " + applied, applied == expected.size()));
        }
        return figures;
    }

    private JsonNode feed(String quarter) {
        for (JsonNode bureau : system.http
                .get(LocalSystem.GATEWAY + "/api/evaluation/county/feed?quarter=" + quarter, county)
                .expect(200, "county feed").json()) {
            if (bureau.path("bureauId").asString().equals(LocalSystem.BUREAU)) {
                return bureau.path("summary");
            }
        }
        return Http.JSON.createObjectNode();
    }

    private List<String> ids(String kind, Function<String[], String> id) {
        return journal.stream().filter(l -> l[0].equals(kind)).map(id).toList();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
