package cn.sangang.gateway;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.sangang.gateway.account.AccountView;
import cn.sangang.gateway.account.Accounts;
import cn.sangang.platform.security.Role;
import cn.sangang.testkit.Api;

/** Accounts made for one test and logged in through the gateway, so their tokens are real. */
final class Logins {

    static final String PASSWORD = "Correct-horse-42";

    private final Accounts accounts;
    private final int port;

    Logins(Accounts accounts, int port) {
        this.accounts = accounts;
        this.port = port;
    }

    record Login(AccountView account, String accessToken) {

        Api api(int port) {
            return Api.at(port).as(accessToken);
        }
    }

    Login as(String bureau, Role... roles) {
        String username = "t" + UUID.randomUUID().toString().substring(0, 12);
        AccountView account = bureau == null
                ? accounts.createCountyAccount(username, PASSWORD).block()
                : accounts.seedBureauAccount(username, bureau, "P-" + username, Set.of(roles), PASSWORD).block();
        String token = Api.at(port).post("/auth/login", Map.of("username", username, "password", PASSWORD)).json()
                .path("accessToken").asString();
        return new Login(account, token);
    }
}
