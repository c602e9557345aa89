package cn.sangang.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import cn.sangang.events.Quarter;

/**
 * What the staff of {@link LocalSystem#BUREAU} do through the gateway on a working day, as the web client calls it:
 * the office reads the roster and the surveys with their rates, the leader the model posts, the secretary this
 * year's pledges, and the secretary records progress on a published pledge's ledger.
 */
final class StaffWork {

    private final LocalSystem system;
    private final String office;
    private final String leader;
    private final String secretary;

    StaffWork(LocalSystem system) {
        this.system = system;
        this.office = system.login("tj0005");
        this.leader = system.login("tj0001");
        this.secretary = system.login("tj0008");
    }

    /** The reads, named as the reports show them. */
    Map<String, IntFunction<Http.Response>> reads() {
        int year = LocalDate.now(Quarter.BUREAU_TIME).getYear();
        Map<String, IntFunction<Http.Response>> reads = new LinkedHashMap<>();
        reads.put("office: the roster (GET /api/zone/people)", get("/api/zone/people", office));
        reads.put("leader: model posts (GET /api/post/posts)", get("/api/post/posts", leader));
        reads.put("secretary: this year's pledges (GET /api/pledge/pledges)",
                get("/api/pledge/pledges?year=" + year, secretary));
        reads.put("office: surveys with their rates (GET /api/evaluation/surveys)",
                get("/api/evaluation/surveys", office));
        return reads;
    }

    /**
     * The reads and a write: progress entries on the ledger of a pledge published for this run, spread over its
     * items (a ledger takes 50 entries per item).
     */
    Map<String, IntFunction<Http.Response>> readsAndWrites() {
        Pledges pledges = new Pledges(system, secretary, leader);
        String pledge = pledges.propose("基准测试党支部 " + UUID.randomUUID(), DrillTraffic.ITEMS);
        pledges.approve(pledge, DrillTraffic.ITEMS);
        pledges.publish(pledge);
        Map<String, IntFunction<Http.Response>> work = reads();
        work.put("secretary: a progress entry (POST /api/pledge/pledges/{id}/items/{n}/progress)",
                i -> system.http.post(LocalSystem.GATEWAY + "/api/pledge/pledges/" + pledge + "/items/"
                        + (i % DrillTraffic.ITEMS + 1) + "/progress", secretary,
                        Map.of("note", "基准测试进展 " + i + "：本周入户宣传两次")));
        return work;
    }

    private IntFunction<Http.Response> get(String path, String token) {
        String url = LocalSystem.GATEWAY + path;
        return i -> system.http.get(url, token);
    }
}
