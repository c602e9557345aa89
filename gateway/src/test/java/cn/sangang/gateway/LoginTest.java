package cn.sangang.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.sangang.gateway.account.AccountView;
import cn.sangang.gateway.account.Accounts;
import cn.sangang.platform.security.Role;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.MovableClock;
import cn.sangang.testkit.TestBureaus;

@GatewayTest
class LoginTest {

    static final String PASSWORD = "Correct-horse-42";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    final String bureau = TestBureaus.fresh();
    final String username = "u" + UUID.randomUUID().toString().substring(0, 8);

    AccountView account(Role... roles) {
        return accounts.seedBureauAccount(username, bureau, "P-" + username, Set.of(roles), PASSWORD).block();
    }

    Api.Response login(String password) {
        return Api.at(port).post("/auth/login", Map.of("username", username, "password", password));
    }

    static JsonNode claims(String jwt) {
        return JsonMapper.builder().build()
                .readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    @Test
    void logs_in_and_gets_a_signed_token_naming_the_bureau_the_person_and_the_roles() {
        account(Role.LEADER, Role.MEMBER);

        var pair = login(PASSWORD).json();

        JsonNode claims = claims(pair.path("accessToken").asString());
        assertThat(claims.path("bureau").asString()).isEqualTo(bureau);
        assertThat(claims.path("member").asString()).isEqualTo("P-" + username);
        assertThat(claims.path("roles")).extracting(JsonNode::asString).containsExactly("LEADER", "MEMBER");
        assertThat(pair.path("refreshToken").asString()).isNotBlank();
        String kid = JsonMapper.builder().build()
                .readTree(new String(Base64.getUrlDecoder().decode(pair.path("accessToken").asString().split("\\.")[0]),
                        StandardCharsets.UTF_8))
                .path("kid").asString();
        assertThat(Api.at(port).get("/.well-known/jwks.json").json().path("keys")).anySatisfy(key -> {
            assertThat(key.path("kid").asString()).isEqualTo(kid);
            assertThat(key.has("d")).as("no private part is published").isFalse();
        });
        assertThat(
                Api.at(port).as(pair.path("accessToken").asString()).get("/auth/me").json().path("username").asString())
                .isEqualTo(username);
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_401() {
        account(Role.MEMBER);

        var wrong = login("Wrong-password-1");
        var unknown = Api.at(port).post("/auth/login", Map.of("username", "nobody-here", "password", PASSWORD));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.json().path("detail")).isEqualTo(unknown.json().path("detail"));
        assertThat(wrong.json().path("code").asString()).isEqualTo("account.wrong-credentials")
                .isEqualTo(unknown.json().path("code").asString());
        assertThat(wrong.json().path("detail").asString()).isEqualTo("用户名或密码错误");
        assertThat(wrong.isProblem()).isTrue();
    }

    @Test
    void a_refusal_speaks_english_when_the_client_prefers_it_and_keeps_its_code() {
        account(Role.MEMBER);

        var english = Api.at(port).withHeader("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5").post("/auth/login",
                Map.of("username", username, "password", "Wrong-password-1"));
        var chinese = Api.at(port).withHeader("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").post("/auth/login",
                Map.of("username", username, "password", "Wrong-password-2"));

        assertThat(english.json().path("code").asString()).isEqualTo("account.wrong-credentials");
        assertThat(english.json().path("title").asString()).isEqualTo("Not authenticated");
        assertThat(english.json().path("detail").asString()).isEqualTo("wrong user name or password");
        assertThat(chinese.json().path("code").asString()).isEqualTo("account.wrong-credentials");
        assertThat(chinese.json().path("title").asString()).isEqualTo("未登录或登录已失效");
        assertThat(chinese.json().path("detail").asString()).isEqualTo("用户名或密码错误");
    }

    @Test
    void a_request_that_breaks_a_constraint_names_the_field_in_the_clients_language() {
        var chinese = Api.at(port).post("/auth/login", Map.of("username", "", "password", PASSWORD));
        var english = Api.at(port).withHeader("Accept-Language", "en").post("/auth/login",
                Map.of("username", "", "password", PASSWORD));

        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.json().path("code").asString()).isEqualTo("request.invalid");
        assertThat(chinese.json().path("args").path("fields")).extracting(f -> f.asString())
                .containsExactly("username");
        assertThat(chinese.json().path("detail").asString()).isEqualTo("提交的内容有误：账号：不能为空");
        assertThat(english.json().path("code").asString()).isEqualTo("request.invalid");
        assertThat(english.json().path("detail").asString()).isEqualTo("Invalid request: user name: must not be blank");
    }

    @Test
    void holds_back_an_address_after_five_wrong_passwords_with_a_429_naming_the_wait() {
        account(Role.MEMBER);

        for (int i = 0; i < 5; i++) {
            assertThat(login("Wrong-password-" + i).status()).isEqualTo(401);
        }
        var held = login(PASSWORD);

        assertThat(held.status()).isEqualTo(429);
        assertThat(held.header("Retry-After")).isEqualTo("30");
        assertThat(held.json().path("code").asString()).isEqualTo("account.login-held");
        assertThat(held.json().path("args").path("seconds").asInt()).isEqualTo(30);
        assertThat(held.json().path("detail").asString()).isEqualTo("登录失败次数过多，请 30 秒后再试");
    }

    @Test
    void another_address_keeps_logging_in_after_an_attackers_wrong_passwords_from_one_address() {
        account(Role.MEMBER);
        FromAddress attacker = new FromAddress("127.0.0.2", port);

        for (int i = 0; i < 8; i++) {
            attacker.login(username, "Wrong-password-" + i);
        }

        assertThat(attacker.login(username, PASSWORD).status()).isEqualTo(429);
        assertThat(login(PASSWORD).status()).isEqualTo(200);
        assertThat(new FromAddress("127.0.0.3", port).login(username, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void an_unknown_user_name_gets_the_same_answers_as_a_held_back_one() {
        account(Role.MEMBER);
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

        for (int i = 0; i < 5; i++) {
            var known = login("Wrong-password-" + i);
            var stranger = Api.at(port).post("/auth/login",
                    Map.of("username", unknown, "password", "Wrong-password-" + i));
            assertThat(stranger.status()).isEqualTo(known.status()).isEqualTo(401);
            assertThat(stranger.json().path("detail")).isEqualTo(known.json().path("detail"));
        }
        var known = login(PASSWORD);
        var stranger = Api.at(port).post("/auth/login", Map.of("username", unknown, "password", PASSWORD));

        assertThat(known.status()).isEqualTo(429);
        assertThat(stranger.status()).isEqualTo(429);
        assertThat(stranger.json().path("detail")).isEqualTo(known.json().path("detail"));
        assertThat(stranger.header("Retry-After")).isEqualTo(known.header("Retry-After"));
    }

    @Test
    void many_addresses_together_hold_back_unfamiliar_ones_but_never_the_owners_own() {
        account(Role.MEMBER);
        assertThat(login(PASSWORD).status()).isEqualTo(200);

        for (int address = 10; address < 20; address++) {
            FromAddress attacker = new FromAddress("127.0.0." + address, port);
            for (int i = 0; i < 5; i++) {
                assertThat(attacker.login(username, "Wrong-password-" + i).status()).isEqualTo(401);
            }
        }

        var unfamiliar = new FromAddress("127.0.0.30", port).login(username, PASSWORD);
        assertThat(unfamiliar.status()).isEqualTo(429);
        assertThat(Long.parseLong(unfamiliar.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(login(PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void an_administrators_password_reset_lifts_the_hold() {
        AccountView account = account(Role.MEMBER);
        Api admin = new Logins(accounts, port).as(bureau, Role.ADMIN).api(port);
        for (int i = 0; i < 5; i++) {
            login("Wrong-password-" + i);
        }
        assertThat(login(PASSWORD).status()).isEqualTo(429);

        assertThat(admin.post("/api/accounts/" + account.id() + "/reset-password",
                Map.of("newPassword", "Reset-pass-22", "reason", "本人遗忘")).status()).isEqualTo(200);

        assertThat(login("Reset-pass-22").status()).isEqualTo(200);
    }

    @Test
    void a_right_password_clears_the_count_of_wrong_ones() {
        account(Role.MEMBER);
        for (int i = 0; i < 4; i++) {
            login("Wrong-password-" + i);
        }
        assertThat(login(PASSWORD).status()).isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            login("Wrong-password-" + i);
        }

        assertThat(login(PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void renews_the_tokens_without_the_password_and_each_refresh_token_works_once() {
        account(Role.MEMBER);
        String refresh = login(PASSWORD).json().path("refreshToken").asString();

        var renewed = Api.at(port).post("/auth/refresh", Map.of("refreshToken", refresh));
        var renewedAgain = Api.at(port).post("/auth/refresh",
                Map.of("refreshToken", renewed.json().path("refreshToken").asString()));
        var replayed = Api.at(port).post("/auth/refresh", Map.of("refreshToken", refresh));

        assertThat(renewed.status()).isEqualTo(200);
        assertThat(claims(renewed.json().path("accessToken").asString()).path("bureau").asString()).isEqualTo(bureau);
        assertThat(renewedAgain.status()).isEqualTo(200);
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.json().path("code").asString()).isEqualTo("auth.refresh-token-unusable");
    }

    @Test
    void a_client_holding_an_expired_token_can_still_refresh_and_read_public_boards() {
        account(Role.MEMBER);
        String refresh = login(PASSWORD).json().path("refreshToken").asString();
        Api stale = Api.at(port).as(cn.sangang.testkit.TestTokens.expired(bureau, "P", "MEMBER"));

        assertThat(stale.post("/auth/refresh", Map.of("refreshToken", refresh)).status()).isEqualTo(200);
        assertThat(stale.get("/public/zone/bureaus/" + bureau + "/plaques").status()).isEqualTo(200);
        assertThat(stale.get("/api/zone/zones").status()).isEqualTo(401);
    }

    @Test
    void logging_out_ends_the_refresh_token() {
        account(Role.MEMBER);
        String refresh = login(PASSWORD).json().path("refreshToken").asString();

        assertThat(Api.at(port).post("/auth/logout", Map.of("refreshToken", refresh)).status()).isEqualTo(204);

        assertThat(Api.at(port).post("/auth/refresh", Map.of("refreshToken", refresh)).status()).isEqualTo(401);
    }

    @Test
    void changing_the_password_needs_the_current_one_and_ends_every_session() {
        account(Role.MEMBER);
        var pair = login(PASSWORD).json();
        Api me = Api.at(port).as(pair.path("accessToken").asString());

        assertThat(me
                .post("/auth/password", Map.of("currentPassword", "Wrong-password-1", "newPassword", "Another-pass-77"))
                .status()).isEqualTo(403);
        var weak = me.post("/auth/password", Map.of("currentPassword", PASSWORD, "newPassword", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().path("code").asString()).isEqualTo("account.password-too-short");
        assertThat(weak.json().path("detail").asString()).isEqualTo("密码至少需要 10 个字符");
        assertThat(me.post("/auth/password", Map.of("currentPassword", PASSWORD, "newPassword", "Another-pass-77"))
                .status()).isEqualTo(204);

        assertThat(Api.at(port).post("/auth/refresh", Map.of("refreshToken", pair.path("refreshToken").asString()))
                .status()).isEqualTo(401);
        await().atMost(Duration.ofSeconds(3)).until(() -> me.get("/auth/me").status() == 401);
        assertThat(me.get("/auth/me").json().path("code").asString()).isEqualTo("auth.account-changed");
        assertThat(login(PASSWORD).status()).isEqualTo(401);
        var fresh = login("Another-pass-77");
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(Api.at(port).as(fresh.json().path("accessToken").asString()).get("/auth/me").status())
                .isEqualTo(200);
    }

    @Test
    void a_locked_account_keeps_the_session_it_already_has() {
        account(Role.MEMBER);
        Api session = Api.at(port).as(login(PASSWORD).json().path("accessToken").asString());

        for (int i = 0; i < 5; i++) {
            login("Wrong-password-" + i);
        }

        assertThat(login(PASSWORD).status()).isEqualTo(429);
        assertThat(session.get("/auth/me").status()).isEqualTo(200);
    }

    @Test
    void a_wrong_current_password_counts_toward_the_same_hold_as_a_wrong_login() {
        account(Role.MEMBER);
        Api me = Api.at(port).as(login(PASSWORD).json().path("accessToken").asString());

        for (int i = 0; i < 5; i++) {
            var refused = me.post("/auth/password",
                    Map.of("currentPassword", "Wrong-password-" + i, "newPassword", "Another-pass-77"));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().path("code").asString()).isEqualTo("account.wrong-current-password");
            assertThat(refused.json().path("detail").asString()).isEqualTo("当前密码不正确");
        }

        assertThat(me.post("/auth/password", Map.of("currentPassword", PASSWORD, "newPassword", "Another-pass-77"))
                .status()).isEqualTo(429);
        assertThat(login(PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void a_password_over_72_bytes_is_a_422_to_choose_and_a_wrong_password_to_log_in_with() {
        account(Role.MEMBER);
        String ninetyBytes = "密".repeat(29) + "1";
        Api me = Api.at(port).as(login(PASSWORD).json().path("accessToken").asString());

        var change = me.post("/auth/password", Map.of("currentPassword", PASSWORD, "newPassword", ninetyBytes));
        var seventyThree = me.post("/auth/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "a".repeat(72) + "1"));
        var tooLongLogin = login(ninetyBytes);

        assertThat(change.status()).as(change.toString()).isEqualTo(422);
        assertThat(change.json().path("code").asString()).isEqualTo("account.password-too-long");
        assertThat(change.json().path("detail").asString()).isEqualTo("密码不能超过 72 个字节（约 24 个汉字）");
        assertThat(seventyThree.status()).isEqualTo(422);
        assertThat(tooLongLogin.status()).as(tooLongLogin.toString()).isEqualTo(401);
        assertThat(login(PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void the_access_token_is_addressed_to_the_services() {
        account(Role.MEMBER);

        JsonNode claims = claims(login(PASSWORD).json().path("accessToken").asString());

        assertThat(claims.path("iss").asString()).isEqualTo("sangang");
        assertThat(claims.path("aud").isArray() ? claims.path("aud").get(0).asString() : claims.path("aud").asString())
                .isEqualTo("sangang-services");
    }

    @Test
    void presenting_a_used_refresh_token_again_ends_its_whole_family_and_is_recorded() {
        AccountView account = account(Role.MEMBER);
        String first = login(PASSWORD).json().path("refreshToken").asString();
        String second = refresh(first).json().path("refreshToken").asString();

        var replayed = refresh(first);

        assertThat(replayed.status()).isEqualTo(401);
        assertThat(refresh(second).status()).as("the newest token of the family").isEqualTo(401);
        Api admin = new Logins(accounts, port).as(bureau, Role.ADMIN).api(port);
        assertThat(admin.get("/api/accounts/" + account.id()).json().path("history"))
                .extracting(change -> change.path("action").asString()).contains("account.refresh-reused");
        assertThat(login(PASSWORD).status()).as("a new login starts a new family").isEqualTo(200);
    }

    @Test
    void a_session_ends_at_its_absolute_lifetime_however_often_it_is_renewed() {
        account(Role.MEMBER);
        String refresh = login(PASSWORD).json().path("refreshToken").asString();
        try {
            for (int i = 1; i <= 2; i++) {
                MovableClock.SHARED.advance(Duration.ofHours(5));
                var renewed = refresh(refresh);
                assertThat(renewed.status()).as("renewal %d, 5 h after the one before", i).isEqualTo(200);
                refresh = renewed.json().path("refreshToken").asString();
            }
            MovableClock.SHARED.advance(Duration.ofHours(3));

            assertThat(refresh(refresh).status()).as("13 h after the login").isEqualTo(401);
        } finally {
            MovableClock.SHARED.reset();
        }
    }

    private Api.Response refresh(String token) {
        return Api.at(port).post("/auth/refresh", Map.of("refreshToken", token));
    }
}
