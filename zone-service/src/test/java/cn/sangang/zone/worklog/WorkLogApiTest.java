package cn.sangang.zone.worklog;

import static cn.sangang.zone.BureauFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.zone.BureauFixture;

@ServiceIntegrationTest
class WorkLogApiTest {

    @LocalServerPort
    int port;

    BureauFixture b;
    String zoneId;

    @BeforeEach
    void zone() {
        b = new BureauFixture(port);
        zoneId = b.unitWithMembers("linzheng", 2).linzhengZone();
    }

    Map<String, Object> log(String content) {
        return Map.of("zoneId", zoneId, "date", LocalDate.now().minusDays(1).toString(), "duty", "VISIT_MASSES",
                "content", content);
    }

    @Test
    void a_zone_member_keeps_the_work_log_and_the_zone_head_reads_it() {
        expect(201, b.as("linzheng-M1", "MEMBER").post("/api/zone/work-logs", log("走访桃花江镇三个村组，收集意见5条")));

        var logs = b.as("linzheng-H", "UNIT_HEAD", "MEMBER").get("/api/zone/work-logs?zoneId=" + zoneId).json();

        assertThat(logs).hasSize(1);
        assertThat(logs.get(0).path("authorPersonNo").asString()).isEqualTo("linzheng-M1");
        assertThat(b.as("linzheng-M1", "MEMBER").get("/api/zone/work-logs/mine").json()).hasSize(1);
        assertThat(b.office().get("/api/zone/work-logs?zoneId=" + zoneId).json()).hasSize(1);
    }

    @Test
    void only_members_of_the_zone_write_its_log() {
        var outsider = b.as("linzheng-M2", "MEMBER").post("/api/zone/work-logs", log("不是本责任区成员"));

        assertThat(outsider.status()).isEqualTo(403);
        assertThat(b.as("linzheng-M2", "MEMBER").get("/api/zone/work-logs/mine").json()).isEmpty();
    }

    @Test
    void other_members_do_not_read_a_zone_log() {
        assertThat(b.as("linzheng-M1", "MEMBER").get("/api/zone/work-logs?zoneId=" + zoneId).status()).isEqualTo(403);
    }

    @Test
    void a_log_entry_is_about_a_day_that_has_happened() {
        var future = b.as("linzheng-M1", "MEMBER").post("/api/zone/work-logs", Map.of("zoneId", zoneId, "date",
                LocalDate.now().plusDays(2).toString(), "duty", "OTHER", "content", "未来"));

        assertThat(future.status()).isEqualTo(400);
    }
}
