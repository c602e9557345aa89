package cn.sangang.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.gateway.account.AccountView;
import cn.sangang.gateway.account.Accounts;
import cn.sangang.platform.security.Role;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

@GatewayTest
class TokenTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    final String bureau = TestBureaus.fresh();

    @Test
    void expired_forged_malformed_and_missing_tokens_are_401_problems_and_reach_no_service() {
        int before = GatewayTestInitializer.ZONE.received().size();
        Api api = Api.at(port);

        for (Api caller : List.of(api.anonymous(), api.as("not.a.jwt"),
                api.as(TestTokens.expired(bureau, "P1", "LEADER")),
                api.as(TestTokens.forged(bureau, "P1", "LEADER")))) {
            var response = caller.get("/api/zone/zones");
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.json().path("code").asString()).isEqualTo("request.unauthenticated");
            assertThat(response.json().path("title").asString()).isEqualTo("未登录或登录已失效");
            assertThat(response.body()).doesNotContain("null");
        }
        var english = api.anonymous().withHeader("Accept-Language", "en").get("/api/zone/zones");
        assertThat(english.json().path("code").asString()).isEqualTo("request.unauthenticated");
        assertThat(english.json().path("detail").asString()).isEqualTo("a valid bearer token is required");
        assertThat(GatewayTestInitializer.ZONE.received().size()).isEqualTo(before);
    }

    @Test
    void a_valid_token_passes_to_the_service() {
        var response = new Logins(accounts, port).as(bureau, Role.MEMBER).api(port).get("/api/zone/zones");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("path").asString()).isEqualTo("/api/zone/zones");
    }

    @Test
    void the_wrong_role_is_a_403_problem() {
        var response = new Logins(accounts, port).as(bureau, Role.MEMBER, Role.SECRETARY).api(port)
                .get("/api/accounts");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("code").asString()).isEqualTo("caller.needs-role");
    }

    @Test
    void a_well_signed_token_of_no_account_here_is_refused() {
        assertThat(Api.at(port).as(TestTokens.token(bureau, "P1", "MEMBER")).get("/api/zone/zones").status())
                .isEqualTo(401);
    }

    @Test
    void a_disabled_account_loses_access_even_with_the_token_it_holds() {
        String username = "d" + UUID.randomUUID().toString().substring(0, 8);
        AccountView account = accounts
                .seedBureauAccount(username, bureau, "P-" + username, Set.of(Role.MEMBER), "Correct-horse-42").block();
        AccountView admin = accounts
                .seedBureauAccount("a" + username, bureau, "A-" + username, Set.of(Role.ADMIN), "Correct-horse-42")
                .block();
        String token = Api.at(port).post("/auth/login", Map.of("username", username, "password", "Correct-horse-42"))
                .json().path("accessToken").asString();
        String adminToken = Api.at(port)
                .post("/auth/login", Map.of("username", "a" + username, "password", "Correct-horse-42")).json()
                .path("accessToken").asString();
        assertThat(Api.at(port).as(token).get("/api/zone/zones").status()).isEqualTo(200);

        assertThat(Api.at(port).as(adminToken)
                .post("/api/accounts/" + account.id() + "/disable", Map.of("reason", "离职")).status()).isEqualTo(200);

        assertThat(Api.at(port).as(token).get("/api/zone/zones").status()).isEqualTo(401);
        assertThat(
                Api.at(port).post("/auth/login", Map.of("username", username, "password", "Correct-horse-42")).status())
                .isEqualTo(401);
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void a_token_signed_with_our_key_but_for_another_audience_or_from_another_issuer_is_refused() throws Exception {
        String token = new Logins(accounts, port).as(bureau, Role.MEMBER).accessToken();
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();

        String resigned = resign(new JWTClaimsSet.Builder(claims).build());
        String otherAudience = resign(new JWTClaimsSet.Builder(claims).audience("another-system").build());
        String otherIssuer = resign(new JWTClaimsSet.Builder(claims).issuer("someone-else").build());

        assertThat(Api.at(port).as(resigned).get("/auth/me").status()).as("the same claims re-signed").isEqualTo(200);
        assertThat(Api.at(port).as(otherAudience).get("/auth/me").status()).isEqualTo(401);
        assertThat(Api.at(port).as(otherIssuer).get("/auth/me").status()).isEqualTo(401);
    }

    private static String resign(JWTClaimsSet claims) throws Exception {
        RSAKey key = RSAKey.parse(TestTokens.trustedSigningJwk());
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
