package cn.sangang.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class ConcurrentEditsTest {

    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void reruns_a_command_that_lost_the_race_until_it_wins() {
        String result = ConcurrentEdits.retried(() -> attempts.incrementAndGet() < 3 ? lost() : "recorded");

        assertThat(result).isEqualTo("recorded");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void gives_up_with_the_conflict_after_five_lost_races() {
        assertThatThrownBy(() -> ConcurrentEdits.retried(() -> {
            attempts.incrementAndGet();
            return lost();
        })).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(attempts).hasValue(ConcurrentEdits.ATTEMPTS);
    }

    @Test
    void does_not_rerun_a_command_its_rules_refused() {
        assertThatThrownBy(() -> ConcurrentEdits.retried(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("the ledger is full");
        })).hasMessage("the ledger is full");
        assertThat(attempts).hasValue(1);
    }

    private static String lost() {
        throw new OptimisticLockingFailureException("changed meanwhile");
    }
}
