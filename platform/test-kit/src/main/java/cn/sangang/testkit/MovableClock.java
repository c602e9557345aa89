package cn.sangang.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The system clock moved forward by a test, for rules that turn on the calendar (a deadline passing). Registered
 * as the service's {@link Clock} bean; a test that moves it puts it back when it ends.
 */
public final class MovableClock extends Clock {

    /** The clock of this test JVM's service under test. */
    public static final MovableClock SHARED = new MovableClock();

    private volatile Duration ahead = Duration.ZERO;

    /** Registers {@link #SHARED} as the {@link Clock} bean, in place of the system clock. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getBeanFactory().registerSingleton("movableClock", SHARED);
        }
    }

    public void advance(Duration by) {
        ahead = ahead.plus(by);
    }

    public void reset() {
        ahead = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
