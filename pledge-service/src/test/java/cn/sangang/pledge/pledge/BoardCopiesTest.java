package cn.sangang.pledge.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoardCopiesTest {

    final BoardCopies copies = new BoardCopies(2);
    final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    static byte[] pdf(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_slow_render_does_not_hold_up_the_render_of_another_letter() throws Exception {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<byte[]> slow = CompletableFuture.supplyAsync(() -> copies.get("PL1:1", () -> {
            slowStarted.countDown();
            await(release);
            return pdf("slow");
        }), pool);
        assertThat(slowStarted.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<byte[]> other = CompletableFuture.supplyAsync(() -> copies.get("PL2:1", () -> pdf("other")),
                pool);

        try {
            assertThat(other.get(2, TimeUnit.SECONDS)).isEqualTo(pdf("other"));
        } finally {
            release.countDown();
        }
        assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo(pdf("slow"));
    }

    @Test
    void concurrent_requests_for_the_same_letter_render_it_once() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch asked = new CountDownLatch(6);
        List<CompletableFuture<byte[]>> requests = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    asked.countDown();
                    return copies.get("PL1:1", () -> {
                        renders.incrementAndGet();
                        await(release);
                        return pdf("letter");
                    });
                }, pool)).toList();
        assertThat(asked.await(5, TimeUnit.SECONDS)).isTrue();
        release.countDown();

        for (CompletableFuture<byte[]> request : requests) {
            assertThat(request.get(5, TimeUnit.SECONDS)).isEqualTo(pdf("letter"));
        }
        assertThat(renders).hasValue(1);
        assertThat(copies.get("PL1:1", () -> pdf("again"))).isEqualTo(pdf("letter"));
    }

    @Test
    void a_failed_render_is_not_kept_so_the_next_request_renders_afresh() {
        assertThatThrownBy(() -> copies.get("PL1:1", () -> {
            throw new IllegalStateException("font missing");
        })).isInstanceOf(IllegalStateException.class).hasMessage("font missing");

        assertThat(copies.get("PL1:1", () -> pdf("letter"))).isEqualTo(pdf("letter"));
    }

    @Test
    void keeps_at_most_its_capacity_dropping_the_oldest() {
        copies.get("PL1:1", () -> pdf("1"));
        copies.get("PL2:1", () -> pdf("2"));
        copies.get("PL3:1", () -> pdf("3"));

        assertThat(copies.get("PL1:1", () -> pdf("1 again"))).isEqualTo(pdf("1 again"));
        assertThat(copies.get("PL3:1", () -> pdf("3 again"))).isEqualTo(pdf("3"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
