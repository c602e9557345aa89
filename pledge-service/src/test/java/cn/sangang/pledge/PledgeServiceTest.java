package cn.sangang.pledge;

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
 * pledge-service on a random port, its infrastructure, a stand-in zone-service for roster questions, and a clock
 * tests may move forward to let deadlines pass (and put back afterwards).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, ZoneStub.class, MovableClock.Initializer.class})
public @interface PledgeServiceTest {

    StubZoneService ZONE = ZoneStub.ZONE;
    MovableClock CLOCK = MovableClock.SHARED;
}
