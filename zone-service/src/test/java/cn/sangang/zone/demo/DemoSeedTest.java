package cn.sangang.zone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import cn.sangang.events.Topics;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.testkit.TestTokens;

/** The demo bureaus of the local system, seeded by the service's own rules: one with gaps, one fully covered. */
@ServiceIntegrationTest
@ActiveProfiles("demo")
@TestPropertySource(properties = "sangang.demo.seed-file=../local/demo-bureaus.json")
class DemoSeedTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoSeeder seeder;

    @Test
    void the_source_bureau_shows_its_coverage_gaps_and_the_second_bureau_is_fully_covered() {
        var taojiang = Api.at(port).as(TestTokens.token("taojiang-fp", "T", "LEADER")).get("/api/zone/coverage").json();
        var anhua = Api.at(port).as(TestTokens.token("anhua-fp", "A", "LEADER")).get("/api/zone/coverage").json();

        assertThat(taojiang.path("complete").asBoolean()).isFalse();
        assertThat(taojiang.path("uncovered")).extracting(p -> p.path("personNo").asString()).containsExactly("TJ0014",
                "TJ0015", "TJ0020", "TJ0026");
        assertThat(anhua.path("complete").asBoolean()).isTrue();
    }

    @Test
    void seeding_again_adds_nothing() throws Exception {
        ApplicationArguments none = new DefaultApplicationArguments();
        Api admin = Api.at(port).as(TestTokens.token("taojiang-fp", "TJ0006", "ADMIN"));
        int people = admin.get("/api/zone/people").json().size();

        seeder.run(none);

        assertThat(admin.get("/api/zone/people").json().size()).isEqualTo(people).isEqualTo(34);
    }

    @Test
    void the_demo_bureaus_go_by_their_names_and_seeding_again_keeps_a_name_the_admin_set() throws Exception {
        Api county = Api.at(port).as(TestTokens.county());
        assertThat(county.get("/api/zone/bureaus").json()).extracting(b -> b.path("name").asString())
                .contains("桃江县森林公安局", "安化县森林公安局");
        Api admin = Api.at(port).as(TestTokens.token("anhua-fp", "AH0006", "ADMIN"));

        assertThat(admin.put("/api/zone/bureau", Map.of("name", "安化县公安局森林分局", "reason", "机构改革")).status())
                .isEqualTo(200);
        try {
            seeder.run(new DefaultApplicationArguments());

            assertThat(Api.at(port).get("/public/zone/bureaus/anhua-fp").json().path("name").asString())
                    .isEqualTo("安化县公安局森林分局");
        } finally {
            admin.put("/api/zone/bureau", Map.of("name", "安化县森林公安局", "reason", "测试复原"));
        }
    }

    @Test
    void the_demo_zones_are_announced_with_their_plaque_codes() {
        var plaques = Api.at(port).get("/public/zone/bureaus/anhua-fp/plaques").json();

        try (EventCapture capture = EventCapture.of(Topics.ZONE)) {
            assertThat(capture.awaitEvents("anhua-fp", "zone-drawn", plaques.size()))
                    .extracting(e -> e.path("payload").path("plaqueCode").asString())
                    .containsAll(plaques.valueStream().map(p -> p.path("plaqueCode").asString()).toList());
        }
    }
}
