package cn.sangang.platform.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.sangang.platform.schedule.LeasedJobs;
import cn.sangang.testkit.MovableClock;

class ReminderScanTest {

    final List<String> ran = new ArrayList<>();

    final ReminderScan scan = new ReminderScan("test-reminders", new LeasedJobs(null, new MovableClock()),
            Duration.ofMinutes(10)) {

        @Override
        protected void scan(Round round) {
            round.part("elections", () -> {
                ran.add("elections");
                return 2;
            });
            round.part("assessments", () -> {
                throw new IllegalStateException("store away");
            });
            round.part("rectifications", () -> {
                ran.add("rectifications");
                return 1;
            });
        }
    };

    @Test
    void a_failing_part_does_not_hold_back_the_others_and_the_scan_counts_what_went_out() {
        int sent = scan.run();

        assertThat(ran).containsExactly("elections", "rectifications");
        assertThat(sent).isEqualTo(3);
    }
}
