package cn.sangang.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;

/**
 * {@code workers} callers each sending their next request as soon as the last one is answered, until
 * {@code total} requests are answered. A failed connection counts as status 0.
 */
final class ClosedLoop {

    record Result(int total, long elapsedNanos, Latencies.Summary latency, Map<Integer, Long> statuses) {

        double perSecond() {
            return total / (elapsedNanos / 1e9);
        }

        long withStatus(int status) {
            return statuses.getOrDefault(status, 0L);
        }
    }

    private ClosedLoop() {
    }

    static Result run(int total, int workers, IntFunction<Http.Response> request) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        Latencies latencies = new Latencies();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        Thread[] threads = new Thread[workers];
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            threads[w] = Thread.ofVirtual().start(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = request.apply(i).status();
                    } catch (RuntimeException failed) {
                        status = 0;
                    }
                    latencies.add(System.nanoTime() - sent);
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                }
            });
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - start;
        Map<Integer, Long> counted = new TreeMap<>();
        statuses.forEach((status, n) -> counted.put(status, n.sum()));
        return new Result(total, elapsed, latencies.summary(), counted);
    }
}
