package cn.sangang.platform.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import cn.sangang.platform.FreshStore;
import cn.sangang.testkit.MovableClock;

/** Two replicas of a service, each with its own lease holder, over one store. */
class LeasedJobsTest {

    @RegisterExtension
    static final FreshStore store = new FreshStore();

    final MongoTemplate mongo = store.mongo();

    final MovableClock clock = new MovableClock();
    final LeasedJobs first = new LeasedJobs(mongo, clock, "replica-1");
    final LeasedJobs second = new LeasedJobs(mongo, clock, "replica-2");
    final List<String> ran = new ArrayList<>();

    boolean run(LeasedJobs replica, String job) {
        return replica.runExclusively(job, Duration.ofMinutes(1), () -> ran.add(replica.owner()));
    }

    @Test
    void two_replicas_never_both_run_a_job_within_its_lease() {
        for (int period = 0; period < 5; period++) {
            run(first, "publish");
            run(second, "publish");
            clock.advance(Duration.ofSeconds(10));
        }

        assertThat(ran).containsOnly("replica-1").hasSize(5);
    }

    @Test
    void each_job_has_a_lease_of_its_own() {
        assertThat(run(first, "repair")).isTrue();
        assertThat(run(second, "open-surveys")).isTrue();
        assertThat(run(second, "repair")).isFalse();
        assertThat(run(first, "open-surveys")).isFalse();
    }

    @Test
    void when_the_holder_stops_renewing_its_lease_expires_and_another_replica_takes_over() {
        assertThat(run(first, "rollover")).isTrue();
        clock.advance(Duration.ofSeconds(59));
        assertThat(run(second, "rollover")).as("a minute's lease held 59 s").isFalse();

        clock.advance(Duration.ofSeconds(2));
        assertThat(run(second, "rollover")).as("expired").isTrue();
        assertThat(run(first, "rollover")).as("the old holder does not take it back").isFalse();
        assertThat(ran).containsExactly("replica-1", "replica-2");
    }

    @Test
    void replicas_racing_for_a_new_lease_run_the_job_once() throws Exception {
        List<LeasedJobs> replicas = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            replicas.add(new LeasedJobs(mongo, clock, "racer-" + i));
        }
        List<Thread> threads = replicas.stream().map(replica -> Thread.ofVirtual()
                .unstarted(() -> replica.runExclusively("race", Duration.ofMinutes(1), () -> {
                    synchronized (ran) {
                        ran.add(replica.owner());
                    }
                }))).toList();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(ran).hasSize(1);
    }
}
