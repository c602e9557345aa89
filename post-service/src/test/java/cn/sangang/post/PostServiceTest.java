package cn.sangang.post;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import cn.sangang.testkit.InfrastructureInitializer;
import cn.sangang.testkit.StubZoneService;
import cn.sangang.testkit.ZoneStub;

/** post-service on a random port, its infrastructure, and a stand-in zone-service for roster questions. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, ZoneStub.class})
public @interface PostServiceTest {

    StubZoneService ZONE = ZoneStub.ZONE;
}
