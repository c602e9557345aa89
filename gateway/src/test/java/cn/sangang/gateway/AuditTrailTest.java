package cn.sangang.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import tools.jackson.databind.JsonNode;

import cn.sangang.gateway.account.Accounts;
import cn.sangang.platform.security.Role;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.AuditSweep;
import cn.sangang.testkit.AuditTrail;
import cn.sangang.testkit.StateChangingEndpoints;
import cn.sangang.testkit.TestBureaus;

/**
 * The gateway's own state changes are accounts, and each account keeps its history — who, when, what, why — in
 * itself. Every state-changing endpoint, called once with success, adds the entry naming its actor and action to
 * the account it changed — the action {@link GatewayEndpoints} names for it; the session endpoints, which change no
 * account, are listed there with the reason.
 */
@GatewayTest
class AuditTrailTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_state_changing_endpoint_leaves_its_record_in_the_accounts_history() {
        String bureau = TestBureaus.fresh();
        Logins.Login administrator = new Logins(accounts, port).as(bureau, Role.ADMIN);
        AuditSweep sweep = new AuditSweep(stateChangingEndpoints(), GatewayEndpoints.CATALOGUE, Map.of(),
                histories(administrator.api(port)));
        AuditSweep.Caller admin = sweep.by(administrator.api(port), administrator.account().personNo());
        GatewayTestInitializer.ZONE.person(bureau, "AUD1", "审计", true);
        String username = "a" + UUID.randomUUID().toString().substring(0, 10);

        String account = admin
                .post("/api/accounts", Map.of("username", username, "personNo", "AUD1", "roles", List.of("MEMBER"),
                        "initialPassword", "Initial-pass-1"))
                .leaves("account.created", "Account").entry().aggregateId();
        admin.put("/api/accounts/" + account + "/roles",
                Map.of("roles", List.of("MEMBER", "SECRETARY"), "reason", "任支部书记"))
                .leaves("account.roles-granted", "Account", account);
        admin.post("/api/accounts/" + account + "/reset-password",
                Map.of("newPassword", "Reset-pass-22", "reason", "本人遗忘"))
                .leaves("account.password-reset", "Account", account);
        admin.post("/api/accounts/" + account + "/disable", Map.of("reason", "长期病假")).leaves("account.disabled",
                "Account", account);
        admin.post("/api/accounts/" + account + "/enable", Map.of("reason", "返岗")).leaves("account.enabled", "Account",
                account);

        String token = Api.at(port).post("/auth/login", Map.of("username", username, "password", "Reset-pass-22"))
                .json().path("accessToken").asString();
        sweep.by(Api.at(port).as(token), "AUD1")
                .post("/auth/password", Map.of("currentPassword", "Reset-pass-22", "newPassword", "Own-choice-33"))
                .leaves("account.password-changed", "Account", account);

        sweep.assertEveryEndpointAccountedFor();
    }

    private Set<String> stateChangingEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet()
                .forEach(info -> StateChangingEndpoints.of(info.getMethodsCondition().getMethods(),
                        info.getPatternsCondition().getPatterns().stream().map(PathPattern::getPatternString).toList())
                        .forEach(endpoints::add));
        return endpoints;
    }

    /** The histories of every account of the administrator's bureau, as the administrator reads them. */
    private static Supplier<List<AuditTrail.Entry>> histories(Api admin) {
        return () -> {
            List<AuditTrail.Entry> entries = new ArrayList<>();
            for (JsonNode account : admin.get("/api/accounts").json()) {
                String id = account.path("id").asString();
                JsonNode history = admin.get("/api/accounts/" + id).json().path("history");
                for (int i = 0; i < history.size(); i++) {
                    JsonNode change = history.get(i);
                    entries.add(new AuditTrail.Entry(id + "#" + i, change.path("actor").asString(),
                            change.path("action").asString(), "Account", id));
                }
            }
            return entries;
        };
    }
}
