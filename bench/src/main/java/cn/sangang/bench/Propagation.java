package cn.sangang.bench;

import java.util.Arrays;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * Pledge approved → county feed updated: a leader approves a pledge through the gateway; from the moment the approval
 * is acknowledged, the county feed is read every millisecond until the bureau's {@code pledgesApproved} for this
 * quarter counts it. The path measured is pledge-service's outbox → Kafka {@code pledge-events} → evaluation-service's
 * feed → its outbox → the summary served over HTTP. One approval at a time, so each is timed alone.
 * The pledges are organisation pledges (see {@link Pledges}).
 */
final class Propagation {

    record Result(Latencies.Summary afterAcknowledged, Latencies.Summary afterRequest, int timedOut) {
    }

    private static final long GIVE_UP_NANOS = 10_000_000_000L;

    private final LocalSystem system;
    private final Pledges pledges;
    private final String county;

    Propagation(LocalSystem system) {
        this.system = system;
        this.pledges = new Pledges(system, system.login("tj0008"), system.login("tj0001"));
        this.county = system.login("county");
    }

    Result run(int samples) throws InterruptedException {
        String quarter = LocalSystem.quarter(0);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Latencies acknowledged = new Latencies();
        Latencies requested = new Latencies();
        int timedOut = 0;
        for (int i = 0; i < samples; i++) {
            String pledge = pledges.propose("基准测试党支部 " + run + "-" + i, 1);
            int before = approved(quarter);
            long sent = System.nanoTime();
            pledges.approve(pledge, 1);
            long acked = System.nanoTime();
            while (approved(quarter) <= before) {
                if (System.nanoTime() - acked > GIVE_UP_NANOS) {
                    timedOut++;
                    break;
                }
                Thread.sleep(1);
            }
            long seen = System.nanoTime();
            acknowledged.add(seen - acked);
            requested.add(seen - sent);
        }
        return new Result(acknowledged.summary(), requested.summary(), timedOut);
    }

    private int approved(String quarter) {
        JsonNode feed = system.http
                .get(LocalSystem.EVALUATION + "/api/evaluation/county/feed?quarter=" + quarter, county)
                .expect(200, "county feed").json();
        return Arrays.stream(Http.JSON.treeToValue(feed, JsonNode[].class))
                .filter(b -> b.path("bureauId").asString().equals(LocalSystem.BUREAU))
                .mapToInt(b -> b.path("summary").path("pledgesApproved").asInt()).findFirst().orElse(0);
    }
}
