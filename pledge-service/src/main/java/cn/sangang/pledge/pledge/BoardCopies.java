package cn.sangang.pledge.pledge;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Letters already rendered for the public board, by key (public code and document version): the page is public and a
 * letter takes real CPU to set. Each key renders once however many ask at the same time — the others wait for that
 * render, not for a lock — and different keys render side by side. A failed render is forgotten, so the next request
 * tries again. At most {@code capacity} letters are kept; the oldest goes first.
 */
final class BoardCopies {

    private final int capacity;
    private final Map<String, CompletableFuture<byte[]>> rendered = new ConcurrentHashMap<>();
    private final Queue<String> oldestFirst = new ConcurrentLinkedQueue<>();
    private final AtomicInteger kept = new AtomicInteger();

    BoardCopies(int capacity) {
        this.capacity = capacity;
    }

    byte[] get(String key, Supplier<byte[]> render) {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> first = rendered.putIfAbsent(key, mine);
        if (first != null) {
            return await(first);
        }
        oldestFirst.add(key);
        if (kept.incrementAndGet() > capacity) {
            forgetOldest();
        }
        try {
            mine.complete(render.get());
        } catch (RuntimeException | Error failed) {
            forget(key, mine);
            mine.completeExceptionally(failed);
            throw failed;
        }
        return mine.join();
    }

    private void forgetOldest() {
        String oldest = oldestFirst.poll();
        if (oldest != null && rendered.remove(oldest) != null) {
            kept.decrementAndGet();
        }
    }

    private void forget(String key, CompletableFuture<byte[]> entry) {
        if (rendered.remove(key, entry)) {
            oldestFirst.remove(key);
            kept.decrementAndGet();
        }
    }

    private static byte[] await(CompletableFuture<byte[]> render) {
        try {
            return render.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
