package cn.sangang.evaluation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import cn.sangang.testkit.InfrastructureInitializer;
import cn.sangang.testkit.MovableClock;
import cn.sangang.testkit.StubZoneService;
import cn.sangang.testkit.ZoneStub;

/**
 * evaluation-service on a random port with its infrastructure, and a clock tests may move forward (and back). Survey
 * tickets still cost a proof of work, at 8 bits (a few hundred hashes) rather than a phone's second, so the suites
 * that ask for hundreds of tickets stay fast. Quarterly surveys open only when a test runs their job, so tests that
 * open surveys by hand find their targets without one. A stand-in zone-service names units and bureaus for the
 * exports.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sangang.evaluation.ballots.pow-bits=8", "sangang.evaluation.quarterly-surveys-every=3650d",
        "sangang.evaluation.quarterly-surveys-first-after=3650d"})
@ContextConfiguration(initializers = {InfrastructureInitializer.class, MovableClock.Initializer.class, ZoneStub.class})
public @interface EvaluationServiceTest {

    MovableClock CLOCK = MovableClock.SHARED;

    StubZoneService ZONE = ZoneStub.ZONE;
}
