package cn.sangang.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.gateway.account.Accounts;
import cn.sangang.platform.security.Role;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.TestBureaus;

@GatewayTest
class AccountAdministrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    final String bureau = TestBureaus.fresh();

    Map<String, Object> newAccount(String username, String personNo, List<String> roles) {
        return Map.of("username", username, "personNo", personNo, "roles", roles, "initialPassword", "Initial-pass-1");
    }

    String username() {
        return "n" + UUID.randomUUID().toString().substring(0, 10);
    }

    @Test
    void an_administrator_makes_an_account_for_a_person_of_the_bureau_roster_who_can_then_log_in() {
        Api admin = new Logins(accounts, port).as(bureau, Role.ADMIN).api(port);
        GatewayTestInitializer.ZONE.person(bureau, "TJ0100", "u", true);
        String username = username();

        var created = admin.post("/api/accounts", newAccount(username, "TJ0100", List.of("MEMBER", "UNIT_HEAD")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("Initial-pass-1").doesNotContain("passwordHash");
        assertThat(
                Api.at(port).post("/auth/login", Map.of("username", username, "password", "Initial-pass-1")).status())
                .isEqualTo(200);
        var detail = admin.get("/api/accounts/" + created.json().path("id").asString()).json();
        assertThat(detail.path("history").get(0).path("action").asString()).isEqualTo("account.created");
    }

    @Test
    void a_person_not_on_the_roster_or_gone_gets_no_account() {
        Api admin = new Logins(accounts, port).as(bureau, Role.ADMIN).api(port);
        GatewayTestInitializer.ZONE.person(bureau, "GONE1", "u", true).left(bureau, "GONE1");

        var stranger = admin.post("/api/accounts", newAccount(username(), "NOBODY", List.of("MEMBER")));
        var gone = admin.post("/api/accounts", newAccount(username(), "GONE1", List.of("MEMBER")));

        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.json().path("code").asString()).isEqualTo("account.not-on-roster");
        assertThat(stranger.json().path("detail").asString()).isEqualTo("NOBODY 不在本单位名册中");
        assertThat(gone.status()).isEqualTo(422);
        assertThat(gone.json().path("code").asString()).isEqualTo("account.person-left");
        assertThat(gone.json().path("args").path("personNo").asString()).isEqualTo("GONE1");
        assertThat(admin.get("/api/accounts").json()).hasSize(1);
    }

    @Test
    void a_person_has_one_account_and_member_is_granted_to_party_members_only() {
        Api admin = new Logins(accounts, port).as(bureau, Role.ADMIN).api(port);
        GatewayTestInitializer.ZONE.person(bureau, "TJ0103", "u", true);
        GatewayTestInitializer.ZONE.person(bureau, "TJ0104", "u", false);

        assertThat(admin.post("/api/accounts", newAccount(username(), "TJ0103", List.of("LEADER"))).status())
                .isEqualTo(201);
        var second = admin.post("/api/accounts", newAccount(username(), "TJ0103", List.of("ADMIN")));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("code").asString()).isEqualTo("account.person-has-account");
        var notInParty = admin.post("/api/accounts", newAccount(username(), "TJ0104", List.of("MEMBER")));
        assertThat(notInParty.status()).isEqualTo(422);
        assertThat(notInParty.json().path("code").asString()).isEqualTo("account.not-party-member");
        assertThat(admin.post("/api/accounts", newAccount(username(), "TJ0104", List.of("OFFICE"))).status())
                .isEqualTo(201);
    }

    @Test
    void a_bureau_administrator_grants_no_county_role_and_weak_passwords_are_refused() {
        Api admin = new Logins(accounts, port).as(bureau, Role.ADMIN).api(port);
        GatewayTestInitializer.ZONE.person(bureau, "TJ0101", "u", true);

        var county = admin.post("/api/accounts", newAccount(username(), "TJ0101", List.of("COUNTY")));
        var weak = admin.post("/api/accounts", Map.of("username", username(), "personNo", "TJ0101", "roles",
                List.of("MEMBER"), "initialPassword", "password"));
        var badName = admin.post("/api/accounts", Map.of("username", "Bad Name", "personNo", "TJ0101", "roles",
                List.of("MEMBER"), "initialPassword", "Initial-pass-1"));

        assertThat(county.status()).isEqualTo(403);
        assertThat(county.json().path("code").asString()).isEqualTo("account.role-not-grantable");
        assertThat(county.json().path("detail").asString()).startsWith("单位系统管理员只能授予以下角色：党员、");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().path("code").asString()).isEqualTo("account.password-too-short");
        assertThat(weak.json().path("args").path("min").asInt()).isEqualTo(10);
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.json().path("code").asString()).isEqualTo("request.invalid");
        assertThat(badName.json().path("args").path("fields")).extracting(f -> f.asString())
                .containsExactly("username");
        assertThat(badName.json().path("detail").asString()).isEqualTo("提交的内容有误：账号：格式不正确");
        assertThat(admin.get("/api/accounts").json()).hasSize(1);
    }

    @Test
    void an_account_id_of_the_wrong_shape_or_a_method_the_address_does_not_take_is_refused_with_its_code() {
        Api admin = new Logins(accounts, port).as(bureau, Role.ADMIN).api(port);

        var badId = admin.get("/api/accounts/not-an-id");
        var wrongMethod = admin.delete("/api/accounts");

        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().path("code").asString()).isEqualTo("request.invalid-parameter");
        assertThat(badId.json().path("detail").asString()).isEqualTo("账号编号的取值无效");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().path("code").asString()).isEqualTo("request.method-not-allowed");
        assertThat(wrongMethod.header("Allow")).contains("GET");
    }

    @Test
    void with_zone_service_down_account_creation_fails_fast_with_a_503_naming_it_and_writes_nothing() {
        Api admin = new Logins(accounts, port).as(bureau, Role.ADMIN).api(port);
        GatewayTestInitializer.ZONE.stop();
        try {
            long started = System.nanoTime();
            var response = admin.post("/api/accounts", newAccount(username(), "TJ0102", List.of("MEMBER")));
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.json().path("code").asString()).isEqualTo("service.unavailable");
            assertThat(response.json().path("args").path("service").asString()).isEqualTo("zone-service");
            assertThat(response.json().path("detail").asString()).contains("责任区服务");
            assertThat(millis).as("fails fast").isLessThan(3000);
        } finally {
            GatewayTestInitializer.ZONE.start();
            ServiceRecovery.awaitOpenRoute(admin);
        }
        assertThat(admin.get("/api/accounts").json()).hasSize(1);
    }

    @Test
    void an_administrator_of_another_bureau_sees_and_changes_none_of_these_accounts() {
        Logins logins = new Logins(accounts, port);
        var member = logins.as(bureau, Role.MEMBER);
        Api intruder = logins.as(TestBureaus.fresh(), Role.ADMIN).api(port);
        String id = member.account().id();

        assertThat(intruder.get("/api/accounts").json()).extracting(a -> a.path("bureauId").asString())
                .doesNotContain(bureau);
        var read = intruder.get("/api/accounts/" + id);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().path("code").asString()).isEqualTo("account.not-found");
        assertThat(intruder.put("/api/accounts/" + id + "/roles", Map.of("roles", List.of("ADMIN"), "reason", "x"))
                .status()).isEqualTo(404);
        assertThat(intruder.post("/api/accounts/" + id + "/disable", Map.of("reason", "x")).status()).isEqualTo(404);
        assertThat(intruder
                .post("/api/accounts/" + id + "/reset-password", Map.of("newPassword", "Taken-over-99", "reason", "x"))
                .status()).isEqualTo(404);
        assertThat(member.api(port).get("/auth/me").json().path("roles")).extracting(r -> r.asString())
                .containsExactly("MEMBER");
        assertThat(Api.at(port)
                .post("/auth/login", Map.of("username", member.account().username(), "password", Logins.PASSWORD))
                .status()).isEqualTo(200);
    }

    @Test
    void leaders_and_the_office_read_the_accounts_and_their_history_but_change_nothing() {
        Logins logins = new Logins(accounts, port);
        var member = logins.as(bureau, Role.MEMBER);
        String id = member.account().id();
        Map<String, Object> grant = Map.of("roles", List.of("ADMIN"), "reason", "x");
        GatewayTestInitializer.ZONE.person(bureau, "TJ0105", "u", true);

        for (Role reader : List.of(Role.LEADER, Role.OFFICE)) {
            Api api = logins.as(bureau, reader).api(port);

            assertThat(api.get("/api/accounts").json()).extracting(a -> a.path("id").asString()).contains(id);
            assertThat(api.get("/api/accounts/" + id).json().path("history").get(0).path("action").asString())
                    .isEqualTo("account.created");
            assertThat(api.put("/api/accounts/" + id + "/roles", grant).status()).isEqualTo(403);
            assertThat(api.post("/api/accounts/" + id + "/disable", Map.of("reason", "x")).status()).isEqualTo(403);
            assertThat(api.post("/api/accounts/" + id + "/reset-password",
                    Map.of("newPassword", "Taken-over-99", "reason", "x")).status()).isEqualTo(403);
            assertThat(api.post("/api/accounts", newAccount(username(), "TJ0105", List.of("MEMBER"))).status())
                    .isEqualTo(403);
        }
        assertThat(member.api(port).get("/auth/me").json().path("roles")).extracting(r -> r.asString())
                .containsExactly("MEMBER");
    }

    @Test
    void other_bureau_roles_another_bureaus_leader_and_the_county_read_no_accounts() {
        Logins logins = new Logins(accounts, port);
        String id = logins.as(bureau, Role.MEMBER).account().id();
        List<Api> refused = List.of(logins.as(bureau, Role.MEMBER).api(port),
                logins.as(bureau, Role.UNIT_HEAD).api(port), logins.as(bureau, Role.SECRETARY).api(port),
                logins.as(null).api(port));
        Api otherLeader = logins.as(TestBureaus.fresh(), Role.LEADER).api(port);

        for (Api api : refused) {
            var list = api.get("/api/accounts");
            assertThat(list.status()).isEqualTo(403);
            assertThat(list.json().path("code").asString()).isEqualTo("caller.needs-role");
            assertThat(list.json().path("args").path("roles")).extracting(r -> r.asString()).containsExactly("ADMIN",
                    "LEADER", "OFFICE");
            assertThat(api.get("/api/accounts/" + id).status()).isEqualTo(403);
        }
        assertThat(otherLeader.get("/api/accounts").json()).extracting(a -> a.path("bureauId").asString())
                .doesNotContain(bureau);
        assertThat(otherLeader.get("/api/accounts/" + id).status()).isEqualTo(404);
    }

    @Test
    void roles_are_granted_by_the_administrator_and_take_effect_at_the_next_token() {
        Logins logins = new Logins(accounts, port);
        var member = logins.as(bureau, Role.MEMBER);
        Api admin = logins.as(bureau, Role.ADMIN).api(port);

        assertThat(admin.put("/api/accounts/" + member.account().id() + "/roles",
                Map.of("roles", List.of("MEMBER", "SECRETARY"), "reason", "任支部书记")).status()).isEqualTo(200);

        var token = Api.at(port)
                .post("/auth/login", Map.of("username", member.account().username(), "password", Logins.PASSWORD))
                .json().path("accessToken").asString();
        assertThat(LoginTest.claims(token).path("roles")).extracting(r -> r.asString()).containsExactly("MEMBER",
                "SECRETARY");
    }

    @Test
    void changing_the_roles_ends_the_access_tokens_and_sessions_the_account_holds() {
        Logins logins = new Logins(accounts, port);
        var member = logins.as(bureau, Role.MEMBER);
        String refresh = Api.at(port)
                .post("/auth/login", Map.of("username", member.account().username(), "password", Logins.PASSWORD))
                .json().path("refreshToken").asString();
        Api admin = logins.as(bureau, Role.ADMIN).api(port);
        assertThat(member.api(port).get("/auth/me").status()).isEqualTo(200);

        assertThat(admin.put("/api/accounts/" + member.account().id() + "/roles",
                Map.of("roles", List.of("MEMBER", "SECRETARY"), "reason", "任支部书记")).status()).isEqualTo(200);

        assertThat(member.api(port).get("/auth/me").status()).as("the token issued under the old roles").isEqualTo(401);
        assertThat(Api.at(port).post("/auth/refresh", Map.of("refreshToken", refresh)).status()).isEqualTo(401);
    }

    @Test
    void an_administrator_cannot_change_their_own_roles_and_the_refused_attempt_is_recorded() {
        Logins logins = new Logins(accounts, port);
        var self = logins.as(bureau, Role.ADMIN);
        Api other = logins.as(bureau, Role.ADMIN).api(port);
        String path = "/api/accounts/" + self.account().id() + "/roles";

        var grant = self.api(port).put(path, Map.of("roles", List.of("ADMIN", "LEADER"), "reason", "自己加角色"));
        var remove = self.api(port).put(path, Map.of("roles", List.of("MEMBER"), "reason", "自己减角色"));

        assertThat(grant.status()).isEqualTo(403);
        assertThat(remove.status()).isEqualTo(403);
        assertThat(grant.json().path("code").asString()).isEqualTo("account.own-roles");
        assertThat(grant.json().path("detail").asString()).isEqualTo("不能修改本人账号的角色，请由另一位系统管理员办理");
        var detail = other.get("/api/accounts/" + self.account().id()).json();
        assertThat(detail.path("account").path("roles")).extracting(r -> r.asString()).containsExactly("ADMIN");
        assertThat(detail.path("history")).filteredOn(c -> c.path("action").asString().equals("account.roles-refused"))
                .hasSize(2)
                .allSatisfy(c -> assertThat(c.path("actor").asString()).isEqualTo(self.account().personNo()));
        assertThat(other.put(path, Map.of("roles", List.of("ADMIN", "LEADER"), "reason", "另一位管理员办理")).status())
                .isEqualTo(200);
    }

    @Test
    void a_password_over_72_bytes_is_refused_with_a_422_at_creation_and_reset() {
        Logins logins = new Logins(accounts, port);
        Api admin = logins.as(bureau, Role.ADMIN).api(port);
        String member = logins.as(bureau, Role.MEMBER).account().id();
        GatewayTestInitializer.ZONE.person(bureau, "TJ0106", "u", true);
        String ninetyBytes = "密".repeat(29) + "1";

        var created = admin.post("/api/accounts", Map.of("username", username(), "personNo", "TJ0106", "roles",
                List.of("MEMBER"), "initialPassword", ninetyBytes));
        var reset = admin.post("/api/accounts/" + member + "/reset-password",
                Map.of("newPassword", ninetyBytes, "reason", "x"));

        assertThat(created.status()).as(created.toString()).isEqualTo(422);
        assertThat(reset.status()).as(reset.toString()).isEqualTo(422);
        assertThat(created.json().path("code").asString()).isEqualTo("account.password-too-long");
        assertThat(reset.json().path("code").asString()).isEqualTo("account.password-too-long");
        assertThat(reset.json().path("detail").asString()).isEqualTo("密码不能超过 72 个字节（约 24 个汉字）");
        assertThat(admin.get("/api/accounts").json()).hasSize(2);
    }
}
