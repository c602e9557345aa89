package cn.sangang.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;

/**
 * Staff at work while something else runs: for each kind of request, {@code workers} callers each send one, wait
 * {@code thinkMillis} after its answer (a clerk reads the screen before the next click), and go on until
 * {@link #stop()}. Each kind's latencies and statuses are kept apart, so a slow write does not hide behind fast reads.
 */
final class StaffLoad {

    private final Map<String, IntFunction<Http.Response>> kinds;
    private final int workers;
    private final long thinkMillis;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private final Map<String, Latencies> latencies = new LinkedHashMap<>();
    private final Map<String, Map<Integer, LongAdder>> statuses = new LinkedHashMap<>();
    private long started;

    StaffLoad(Map<String, IntFunction<Http.Response>> kinds, int workers, long thinkMillis) {
        this.kinds = kinds;
        this.workers = workers;
        this.thinkMillis = thinkMillis;
    }

    StaffLoad start() {
        started = System.nanoTime();
        kinds.forEach((kind, request) -> {
            Latencies kindLatencies = new Latencies();
            Map<Integer, LongAdder> kindStatuses = new ConcurrentHashMap<>();
            latencies.put(kind, kindLatencies);
            statuses.put(kind, kindStatuses);
            AtomicInteger next = new AtomicInteger();
            for (int w = 0; w < workers; w++) {
                threads.add(Thread.ofVirtual().start(() -> {
                    while (!stopped.get()) {
                        long sent = System.nanoTime();
                        int status;
                        try {
                            status = request.apply(next.getAndIncrement()).status();
                        } catch (RuntimeException failed) {
                            status = 0;
                        }
                        kindLatencies.add(System.nanoTime() - sent);
                        kindStatuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                        pause(thinkMillis);
                    }
                }));
            }
        });
        return this;
    }

    /** Stops the callers and returns each kind's requests as answered so far, in the order the kinds were given. */
    Map<String, ClosedLoop.Result> stop() throws InterruptedException {
        stopped.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - started;
        Map<String, ClosedLoop.Result> results = new LinkedHashMap<>();
        latencies.forEach((kind, l) -> {
            Map<Integer, Long> counted = new TreeMap<>();
            statuses.get(kind).forEach((status, n) -> counted.put(status, n.sum()));
            Latencies.Summary summary = l.summary();
            results.put(kind, new ClosedLoop.Result(summary.count(), elapsed, summary, counted));
        });
        return results;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
