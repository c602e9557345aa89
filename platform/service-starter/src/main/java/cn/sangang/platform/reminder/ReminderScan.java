package cn.sangang.platform.reminder;

import java.time.Duration;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.sangang.platform.schedule.LeasedJobs;

/**
 * A service's reminder scan: on one replica at a time, under a lease of twice the scan interval, each part on its own,
 * so that one part failing (the store briefly away) does not hold back the others; the next scan retries it. What a
 * part sends goes through {@link Reminders}, which lets each reminder out once. A service's scan names its parts in
 * {@link #scan} and runs {@link #scanUnderLease} from its own {@code @Scheduled(fixedDelayString = INTERVAL)} method.
 */
public abstract class ReminderScan {

    /** The scan interval, for {@code @Scheduled(fixedDelayString = INTERVAL)} and {@code @Value(INTERVAL)}. */
    public static final String INTERVAL = "${sangang.reminders.scan-interval:PT10M}";

    private static final Logger log = LoggerFactory.getLogger(ReminderScan.class);

    private final String job;
    private final LeasedJobs jobs;
    private final Duration lease;

    protected ReminderScan(String job, LeasedJobs jobs, Duration interval) {
        this.job = job;
        this.jobs = jobs;
        this.lease = interval.multipliedBy(2);
    }

    /** The parts of one scan, each run through {@link Round#part}. */
    protected abstract void scan(Round round);

    /** Scans if this replica holds, or can take, the job's lease; returns whether it scanned. */
    public boolean scanUnderLease() {
        return jobs.runExclusively(job, lease, this::run);
    }

    /** Scans now, part by part; returns how many reminders went out. */
    public int run() {
        Round round = new Round();
        scan(round);
        if (round.sent > 0) {
            log.info("{}: {} reminders sent", job, round.sent);
        }
        return round.sent;
    }

    /** One scan's parts and what they sent. */
    public final class Round {

        private int sent;

        private Round() {
        }

        /** Runs {@code part}, which returns how many reminders it sent; a failure is logged and the scan goes on. */
        public void part(String name, IntSupplier part) {
            try {
                sent += part.getAsInt();
            } catch (RuntimeException e) {
                log.warn("{}: {} not scanned: {}", job, name, e.getMessage());
            }
        }
    }
}
