package cn.sangang.zone.bureau;

import static cn.sangang.zone.BureauFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.platform.security.Role;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.testkit.TestTokens;
import cn.sangang.zone.BureauFixture;

@ServiceIntegrationTest
class BureauApiTest {

    @LocalServerPort
    int port;

    BureauFixture b;

    @BeforeEach
    void bureau() {
        b = new BureauFixture(port);
    }

    @Test
    void a_bureau_never_named_goes_by_its_id() {
        var bureau = expect(200, b.as("M1", "MEMBER").get("/api/zone/bureau")).json();

        assertThat(bureau.path("id").asString()).isEqualTo(b.bureau);
        assertThat(bureau.path("name").asString()).isEqualTo(b.bureau);
        assertThat(Api.at(port).get("/public/zone/bureaus/" + b.bureau).status()).isEqualTo(404);
    }

    @Test
    void the_admin_names_the_bureau_and_every_role_of_it_and_the_public_read_the_name() {
        var renamed = expect(200, b.admin().put("/api/zone/bureau", rename(" 桃江县森林公安局 ", "机构设立"))).json();

        assertThat(renamed.path("name").asString()).isEqualTo("桃江县森林公安局");
        for (Role role : Role.bureauRoles()) {
            assertThat(b.as("X", role.name()).get("/api/zone/bureau").json().path("name").asString()).as(role.name())
                    .isEqualTo("桃江县森林公安局");
        }
        var board = expect(200, Api.at(port).get("/public/zone/bureaus/" + b.bureau)).json();
        assertThat(board.path("id").asString()).isEqualTo(b.bureau);
        assertThat(board.path("name").asString()).isEqualTo("桃江县森林公安局");
    }

    @Test
    void only_the_admin_renames_the_bureau() {
        for (Role role : Role.bureauRoles()) {
            if (role != Role.ADMIN) {
                assertThat(b.as("X", role.name()).put("/api/zone/bureau", rename("别名", "x")).status()).as(role.name())
                        .isEqualTo(403);
            }
        }
        assertThat(Api.at(port).as(TestTokens.county()).put("/api/zone/bureau", rename("别名", "x")).status())
                .isEqualTo(403);

        assertThat(b.leader().get("/api/zone/bureau").json().path("name").asString()).isEqualTo(b.bureau);
    }

    @Test
    void a_rename_is_audited_with_its_reason() {
        expect(200, b.admin().put("/api/zone/bureau", rename("桃江县森林公安局", "机构设立")));
        expect(200, b.admin().put("/api/zone/bureau", rename("桃江县公安局森林分局", "机构改革更名")));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(b.leader().get("/api/zone/audit").json())
                        .extracting(a -> a.path("action").asString() + "|" + a.path("aggregateType").asString() + "|"
                                + a.path("reason").asString() + "|" + a.path("summary").asString())
                        .containsExactlyInAnyOrder("bureau.renamed|Bureau|机构设立|本局名称定为 桃江县森林公安局",
                                "bureau.renamed|Bureau|机构改革更名|本局名称定为 桃江县公安局森林分局"));
    }

    @Test
    void another_bureau_reads_its_own_name_never_this_ones_and_cannot_rename_it() {
        expect(200, b.admin().put("/api/zone/bureau", rename("甲县森林公安局", "机构设立")));
        BureauFixture other = new BureauFixture(port);

        expect(200, other.admin().put("/api/zone/bureau", rename("乙县森林公安局", "机构设立")));

        assertThat(other.leader().get("/api/zone/bureau").body()).doesNotContain("甲县").doesNotContain(b.bureau);
        assertThat(b.leader().get("/api/zone/bureau").json().path("name").asString()).isEqualTo("甲县森林公安局");
    }

    @Test
    void the_county_office_lists_every_registered_bureau_and_no_bureau_account_may() {
        expect(200, b.admin().put("/api/zone/bureau", rename("甲县森林公安局", "机构设立")));
        BureauFixture other = new BureauFixture(port);
        expect(200, other.admin().put("/api/zone/bureau", rename("乙县森林公安局", "机构设立")));

        var all = expect(200, Api.at(port).as(TestTokens.county()).get("/api/zone/bureaus")).json();

        assertThat(all).extracting(x -> x.path("id").asString() + ":" + x.path("name").asString())
                .contains(b.bureau + ":甲县森林公安局", other.bureau + ":乙县森林公安局");
        assertThat(b.as("X", "ADMIN", "LEADER", "SECRETARY", "OFFICE", "UNIT_HEAD", "MEMBER").get("/api/zone/bureaus")
                .status()).isEqualTo(403);
        assertThat(Api.at(port).as(TestTokens.county()).get("/api/zone/bureau").status()).isEqualTo(403);
    }

    @Test
    void a_blank_or_overlong_name_or_a_missing_reason_is_refused_and_changes_nothing() {
        expect(200, b.admin().put("/api/zone/bureau", rename("桃江县森林公安局", "机构设立")));

        assertThat(b.admin().put("/api/zone/bureau", rename("  ", "x")).status()).isEqualTo(400);
        assertThat(b.admin().put("/api/zone/bureau", rename("局".repeat(41), "x")).status()).isEqualTo(400);
        assertThat(b.admin().put("/api/zone/bureau", Map.of("name", "别名")).status()).isEqualTo(400);
        assertThat(Api.at(port).get("/public/zone/bureaus/" + b.bureau.toUpperCase() + "$").status()).isEqualTo(400);

        assertThat(b.leader().get("/api/zone/bureau").json().path("name").asString()).isEqualTo("桃江县森林公安局");
    }

    private static Map<String, Object> rename(String name, String reason) {
        return Map.of("name", name, "reason", reason);
    }
}
