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
import cn.sangang.gateway.account.domain.Role;
import cn.sangang.testkit.Api;
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
        return JsonMapper.builder().build().readTree(
            new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
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
        String kid = JsonMapper.builder().build().readTree(new String(Base64.getUrlDecoder()
            .decode(pair.path("accessToken").asString().split("\\.")[0]), StandardCharsets.UTF_8)).path("kid").asString();
        assertThat(Api.at(port).get("/.well-known/jwks.json").json().path("keys"))
            .anySatisfy(key -> {
                assertThat(key.path("kid").asString()).isEqualTo(kid);
                assertThat(key.has("d")).as("no private part is published").isFalse();
            });
        assertThat(Api.at(port).as(pair.path("accessToken").asString()).get("/auth/me").json().path("username").asString())
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
        assertThat(wrong.isProblem()).isTrue();
    }

    @Test
    void locks_the_account_after_five_wrong_passwords_in_a_row() {
        account(Role.MEMBER);

        for (int i = 0; i < 5; i++) {
            assertThat(login("Wrong-password-" + i).status()).isEqualTo(401);
        }
        var locked = login(PASSWORD);

        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.json().path("detail").asString()).contains("locked until");
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
        var replayed = Api.at(port).post("/auth/refresh", Map.of("refreshToken", refresh));

        assertThat(renewed.status()).isEqualTo(200);
        assertThat(claims(renewed.json().path("accessToken").asString()).path("bureau").asString()).isEqualTo(bureau);
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(Api.at(port).post("/auth/refresh", Map.of("refreshToken",
            renewed.json().path("refreshToken").asString())).status()).isEqualTo(200);
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

        assertThat(me.post("/auth/password", Map.of("currentPassword", "Wrong-password-1", "newPassword", "Another-pass-77"))
            .status()).isEqualTo(403);
        assertThat(me.post("/auth/password", Map.of("currentPassword", PASSWORD, "newPassword", "short")).status())
            .isEqualTo(400);
        assertThat(me.post("/auth/password", Map.of("currentPassword", PASSWORD, "newPassword", "Another-pass-77"))
            .status()).isEqualTo(204);

        assertThat(Api.at(port).post("/auth/refresh", Map.of("refreshToken", pair.path("refreshToken").asString()))
            .status()).isEqualTo(401);
        await().atMost(Duration.ofSeconds(3)).until(() -> me.get("/auth/me").status() == 401);
        assertThat(login(PASSWORD).status()).isEqualTo(401);
        var fresh = login("Another-pass-77");
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(Api.at(port).as(fresh.json().path("accessToken").asString()).get("/auth/me").status()).isEqualTo(200);
    }

    @Test
    void a_locked_account_keeps_the_session_it_already_has() {
        account(Role.MEMBER);
        Api session = Api.at(port).as(login(PASSWORD).json().path("accessToken").asString());

        for (int i = 0; i < 5; i++) {
            login("Wrong-password-" + i);
        }

        assertThat(login(PASSWORD).status()).isEqualTo(423);
        assertThat(session.get("/auth/me").status()).isEqualTo(200);
    }
}
