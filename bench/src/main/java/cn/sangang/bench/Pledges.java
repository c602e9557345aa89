package cn.sangang.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.sangang.events.Quarter;

/**
 * Organisation pledges filed by the secretary of {@link LocalSystem#BUREAU} through the gateway — one per
 * organisation name, so a run is not limited by the members who have not pledged yet — and their approval.
 */
final class Pledges {

    private static final List<String> CHECKS = List.of("ADVANCED_NATURE", "CENTRAL_WORK", "POST_DUTIES",
            "MASSES_WISHES", "FEASIBLE");

    private final LocalSystem system;
    private final String secretary;
    private final String leader;

    Pledges(LocalSystem system, String secretary, String leader) {
        this.system = system;
        this.secretary = secretary;
        this.leader = leader;
    }

    /** A pledge of this year's campaign with {@code items} items, each the secretary's to report on. */
    String propose(String organisation, int items) {
        int year = LocalDate.now(Quarter.BUREAU_TIME).getYear();
        return system.http.post(LocalSystem.GATEWAY + "/api/pledge/pledges", secretary, Map.of("kind", "ORGANISATION",
                "campaignYear", year, "organisationName", organisation, "items",
                IntStream.rangeClosed(1, items)
                        .mapToObj(n -> Map.of("content", "第" + n + "片区入户宣传护林防火", "responsiblePersonNo", "TJ0008",
                                "deadline", year + "-12-31", "expectedEffect", "群众防火知晓率95%以上"))
                        .toList()))
                .expect(201, "propose " + organisation).json().path("id").asString();
    }

    /** The leader approves every item on all five checks. */
    void approve(String pledge, int items) {
        system.http
                .post(LocalSystem.GATEWAY + "/api/pledge/pledges/" + pledge + "/review", leader,
                        Map.of("decision", "APPROVE", "items", IntStream.rangeClosed(1, items)
                                .mapToObj(n -> Map.of("itemNo", n, "checks",
                                        CHECKS.stream().collect(Collectors.toMap(c -> c, c -> true))))
                                .toList()))
                .expect(200, "approve " + pledge);
    }

    void publish(String pledge) {
        system.http.post(LocalSystem.GATEWAY + "/api/pledge/pledges/" + pledge + "/publication", secretary, Map.of())
                .expect(200, "publish " + pledge);
    }
}
