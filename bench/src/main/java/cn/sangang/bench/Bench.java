package cn.sangang.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The load benchmarks against the running local system (scripts/bench.sh starts it), printed as Markdown for
 * docs/benchmarks.md: {@code Bench answers|propagation|query|mixed|bureaus|all [name=value ...]}, see
 * {@link #DEFAULTS}; {@code Bench seed-bureaus <n> <demo seed> <out>} writes the seed the bureaus benchmark starts
 * the system with. And the fault drill's two halves (scripts/faults.sh): {@code Bench drill-traffic <journal>
 * <stop file>} and {@code Bench drill-check <journal>}.
 */
public final class Bench {

    /** The knobs of a run and their defaults, each changed by {@code name=value} on the command line. */
    static final Map<String, Long> DEFAULTS = Map.ofEntries(Map.entry("answersPerLeg", 10_000L),
            Map.entry("answerWorkers", 32L), Map.entry("rounds", 2L), Map.entry("propagationSamples", 200L),
            Map.entry("storedAnswers", 1_000_000L), Map.entry("queryRequests", 2_000L), Map.entry("queryWorkers", 4L),
            Map.entry("staffWorkers", 2L), Map.entry("staffThinkMillis", 200L), Map.entry("staffSeconds", 30L));

    static Map<String, Long> options(List<String> args) {
        Map<String, Long> options = new TreeMap<>(DEFAULTS);
        for (String arg : args) {
            String[] nameValue = arg.split("=", 2);
            if (nameValue.length != 2 || !DEFAULTS.containsKey(nameValue[0])) {
                throw new IllegalArgumentException(
                        "expected one of " + DEFAULTS.keySet() + " as name=value, got " + arg);
            }
            options.put(nameValue[0], Long.parseLong(nameValue[1]));
        }
        return options;
    }

    private Bench() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0) {
            System.err.println("usage: Bench answers|propagation|query|mixed|bureaus|all [name=value ...]");
            System.exit(2);
        }
        String what = args[0];
        if (what.startsWith("drill-")) {
            drill(what, args);
            return;
        }
        if (what.equals("seed-bureaus") && args.length == 4) {
            SeedBureaus.write(Integer.parseInt(args[1]), Path.of(args[2]), Path.of(args[3]));
            return;
        }
        Map<String, Long> o = options(Arrays.asList(args).subList(1, args.length));
        System.out.println("Options: " + o);
        try (LocalSystem system = new LocalSystem()) {
            if (what.equals("answers") || what.equals("all")) {
                System.out.printf("%n### Public survey answers (%d per leg, %d concurrent callers)%n%n",
                        o.get("answersPerLeg"), o.get("answerWorkers"));
                answers(new SurveyAnswers(system).run(o.get("answersPerLeg").intValue(),
                        o.get("answerWorkers").intValue(), o.get("rounds").intValue()));
            }
            if (what.equals("propagation") || what.equals("all")) {
                System.out.printf("%n### Pledge approved → county feed (%d approvals, one at a time)%n%n",
                        o.get("propagationSamples"));
                propagation(new Propagation(system).run(o.get("propagationSamples").intValue()));
            }
            if (what.equals("query") || what.equals("all")) {
                query(new SatisfactionQuery(system).run(o.get("storedAnswers"), o.get("queryRequests").intValue(),
                        o.get("queryWorkers").intValue()));
            }
            if (what.equals("mixed") || what.equals("all")) {
                System.out.printf(
                        "%n### Staff at work while the public answers (%d staff callers per kind, %d ms between their"
                                + " requests; %d answers, %d concurrent callers)%n%n",
                        o.get("staffWorkers"), o.get("staffThinkMillis"), o.get("answersPerLeg"),
                        o.get("answerWorkers"));
                mixed(new MixedWorkload(system).run(o.get("answersPerLeg").intValue(),
                        o.get("answerWorkers").intValue(), o.get("staffWorkers").intValue(), o.get("staffThinkMillis"),
                        o.get("staffSeconds")));
            }
            if (what.equals("bureaus")) {
                bureaus(new BureauScaling(system).run(o.get("queryRequests").intValue(),
                        o.get("queryWorkers").intValue(), o.get("answersPerLeg").intValue(),
                        o.get("answerWorkers").intValue()));
            }
        }
    }

    private static void drill(String what, String[] args) throws InterruptedException {
        try (LocalSystem system = new LocalSystem()) {
            if (what.equals("drill-traffic") && args.length == 3) {
                new DrillTraffic(system, Path.of(args[1])).run(Path.of(args[2]));
            } else if (what.equals("drill-check") && args.length == 2) {
                if (!new DrillCheck(system, Path.of(args[1])).run()) {
                    System.exit(1);
                }
            } else {
                System.err.println("usage: Bench drill-traffic <journal> <stop file> | drill-check <journal>");
                System.exit(2);
            }
        }
    }

    private static void answers(List<SurveyAnswers.Leg> legs) {
        System.out.println(
                "| leg | path | answers/s | p50 ms | p90 ms | p99 ms | max ms | acknowledged (201) | other statuses | stored | counted |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        double gateway = 0;
        double direct = 0;
        for (int i = 0; i < legs.size(); i++) {
            SurveyAnswers.Leg leg = legs.get(i);
            ClosedLoop.Result r = leg.result();
            var l = r.latency();
            var others = new TreeMap<>(r.statuses());
            others.remove(201);
            System.out.println(String.format(Locale.ROOT,
                    "| %d | %s | %.0f | %.1f | %.1f | %.1f | %.1f | %d | %s | %d | %d |", i + 1, leg.path(),
                    r.perSecond(), l.p50Ms(), l.p90Ms(), l.p99Ms(), l.maxMs(), r.withStatus(201),
                    others.isEmpty() ? "none" : others.toString(), leg.stored(), leg.counted()));
            if (leg.path().equals("gateway")) {
                gateway += r.perSecond();
            } else {
                direct += r.perSecond();
            }
        }
        System.out.println(String.format(Locale.ROOT, "%nGateway / direct throughput: %.2f", gateway / direct));
    }

    private static void propagation(Propagation.Result result) {
        System.out.println("| measured from | p50 ms | p90 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|");
        row("approval acknowledged (200)", result.afterAcknowledged());
        row("approval request sent", result.afterRequest());
        System.out.println("\nNot seen within 10 s: " + result.timedOut());
    }

    private static void query(SatisfactionQuery.Result result) {
        System.out.printf(Locale.ROOT,
                "%n### Satisfaction reads with %,d stored answers (seeded and fed in %.0f s)%n%n", result.answers(),
                result.seedSeconds());
        reads(result.reads());
    }

    private static void mixed(MixedWorkload.Result result) {
        System.out.println("| public answers (through the gateway) | answers/s | p50 ms | p99 ms | max ms | statuses"
                + " | stored | counted |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        answerRow("alone", result.answersAlone());
        answerRow("while the staff work", result.answersWithStaff());
        System.out.println();
        System.out.println("| staff request (through the gateway) | alone: requests/s | p50 ms | p99 ms | max ms"
                + " | while the public answers: requests/s | p50 ms | p99 ms | max ms | statuses (alone; with) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        result.staffAlone().forEach((kind, alone) -> {
            ClosedLoop.Result mixed = result.staffWithAnswers().get(kind);
            System.out.println(String.format(Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %s; %s |", kind, alone.perSecond(),
                    alone.latency().p50Ms(), alone.latency().p99Ms(), alone.latency().maxMs(), mixed.perSecond(),
                    mixed.latency().p50Ms(), mixed.latency().p99Ms(), mixed.latency().maxMs(), alone.statuses(),
                    mixed.statuses()));
        });
    }

    private static void bureaus(BureauScaling.Result result) {
        System.out.printf(Locale.ROOT,
                "%n### One bureau among %d (the county feed's bureaus; the demo accounts all seeded %.0f s after all"
                        + " were healthy)%n%n",
                result.bureausInFeed(), result.accountsSeconds());
        reads(result.reads());
        System.out.println();
        System.out.println("| public answers (through the gateway) | answers/s | p50 ms | p99 ms | max ms | statuses"
                + " | stored | counted |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        answerRow("alone", result.answers());
    }

    private static void reads(Map<String, ClosedLoop.Result> reads) {
        System.out
                .println("| read (through the gateway) | requests/s | p50 ms | p90 ms | p99 ms | max ms | statuses |");
        System.out.println("|---|---|---|---|---|---|---|");
        reads.forEach((read,
                r) -> System.out.println(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f | %.1f | %s |",
                        read, r.perSecond(), r.latency().p50Ms(), r.latency().p90Ms(), r.latency().p99Ms(),
                        r.latency().maxMs(), r.statuses())));
    }

    private static void answerRow(String what, SurveyAnswers.Leg leg) {
        ClosedLoop.Result r = leg.result();
        System.out.println(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f | %s | %d | %d |", what,
                r.perSecond(), r.latency().p50Ms(), r.latency().p99Ms(), r.latency().maxMs(), r.statuses(),
                leg.stored(), leg.counted()));
    }

    private static void row(String what, Latencies.Summary l) {
        System.out.println(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |", what, l.p50Ms(), l.p90Ms(),
                l.p99Ms(), l.maxMs()));
    }
}
