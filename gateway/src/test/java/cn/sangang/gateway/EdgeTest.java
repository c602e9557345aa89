package cn.sangang.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import cn.sangang.gateway.account.Accounts;
import cn.sangang.gateway.edge.PublicRoutes;
import cn.sangang.platform.security.Role;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.TestBureaus;

@GatewayTest
@ExtendWith(OutputCaptureExtension.class)
class EdgeTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    RouteDefinitionLocator routes;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final String bureau = TestBureaus.fresh();

    @Test
    void only_the_listed_public_routes_are_open_without_a_token() {
        assertThat(PublicRoutes.PATTERNS).containsExactly("/auth/login", "/auth/refresh", "/auth/logout",
                "/.well-known/jwks.json", "/public/**", "/api-docs/**", "/v3/api-docs/**", "/swagger-ui.html",
                "/swagger-ui/**", "/webjars/**", "/fallback/**", "/actuator/health", "/actuator/health/**",
                "/index.html", "/assets/**", "/favicon.ico");
        Set<String> probes = new TreeSet<>();
        routes.getRouteDefinitions().toStream().forEach(route -> route.getPredicates().stream()
                .filter(p -> p.getName().equals("Path")).flatMap(p -> p.getArgs().values().stream())
                .forEach(pattern -> probes.add(pattern.replace("/**", "/probe").replace("{", "").replace("}", ""))));
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternsCondition().getPatterns()
                .forEach(pattern -> probes.add(pattern.getPatternString().replace("{", "").replace("}", ""))));
        probes.addAll(List.of("/actuator/info", "/actuator/env", "/anything/else", "/api/accounts/probe"));

        List<String> open = new ArrayList<>();
        for (String path : probes) {
            for (String method : List.of("GET", "POST")) {
                int status = Api.at(port).send(method, path, method.equals("POST") ? "{}" : null).status();
                if (status != 401) {
                    open.add(method + " " + path + " -> " + status);
                }
            }
        }

        assertThat(open).allSatisfy(line -> assertThat(isPublic(line.split(" ")[1])).as(line).isTrue());
        assertThat(probes).contains("/api/zone/probe", "/public/zone/probe", "/api/post/probe", "/public/post/probe",
                "/api/pledge/probe", "/public/pledge/probe", "/api/evaluation/probe", "/public/evaluation/probe",
                "/api/accounts");
    }

    private static boolean isPublic(String path) {
        return PublicRoutes.PATTERNS.stream()
                .anyMatch(pattern -> pattern.endsWith("/**")
                        ? path.startsWith(pattern.substring(0, pattern.length() - 3))
                        : path.equals(pattern));
    }

    @Test
    void every_service_spec_and_one_swagger_ui_listing_them_are_reachable_through_the_gateway() {
        var zoneSpec = Api.at(port).get("/api-docs/zone-service");
        var ownSpec = Api.at(port).get("/v3/api-docs");
        var uiConfig = Api.at(port).get("/v3/api-docs/swagger-config");

        assertThat(zoneSpec.json().path("path").asString()).isEqualTo("/v3/api-docs");
        assertThat(ownSpec.json().path("paths").has("/auth/login")).isTrue();
        assertThat(uiConfig.json().path("urls")).extracting(u -> u.path("url").asString()).containsExactlyInAnyOrder(
                "/v3/api-docs", "/api-docs/zone-service", "/api-docs/post-service", "/api-docs/pledge-service",
                "/api-docs/evaluation-service");
        assertThat(Api.at(port).get("/api-docs/post-service").json().path("path").asString()).isEqualTo("/v3/api-docs");
        assertThat(Api.at(port).get("/api-docs/pledge-service").json().path("path").asString())
                .isEqualTo("/v3/api-docs");
        assertThat(Api.at(port).get("/api-docs/evaluation-service").json().path("path").asString())
                .isEqualTo("/v3/api-docs");
        assertThat(Api.at(port).get("/swagger-ui.html").status()).isIn(200, 302);
    }

    @Test
    void public_boards_are_reached_without_a_token() {
        var response = Api.at(port).get("/public/zone/bureaus/" + bureau + "/plaques");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("path").asString()).isEqualTo("/public/zone/bureaus/" + bureau + "/plaques");
        assertThat(Api.at(port).get("/public/pledge/bureaus/" + bureau + "/pledges?year=2026").status()).isEqualTo(200);
        assertThat(Api.at(port).get("/api/pledge/pledges?year=2026").status()).as("a token is needed").isEqualTo(401);
    }

    @Test
    void an_address_the_firewall_refuses_is_a_coded_problem_in_chinese() {
        for (String path : new String[]{"/public/zone/..;/..;/api/zone/people",
                "/public/zone/..%2F..%2Fapi/zone/people"}) {
            var response = Api.at(port).get(path);

            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.json().path("code").asString()).as(path).isEqualTo("request.malformed-address");
            assertThat(response.json().path("detail").asString()).as(path).isEqualTo("请求地址或请求头格式不正确，已被拒绝");
        }
    }

    @Test
    void an_export_streaming_longer_than_the_breakers_time_limit_arrives_whole() {
        Api caller = new Logins(accounts, port).as(bureau, Role.OFFICE).api(port);

        var download = caller.download("/api/zone/people.xlsx?streamForMillis=5000");

        assertThat(download.status()).isEqualTo(200);
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).contains("\"path\":\"/api/zone/people.xlsx\"");
    }

    @Test
    void a_stopped_service_answers_a_fast_503_naming_it_and_traffic_resumes_when_it_is_back() {
        Api caller = new Logins(accounts, port).as(bureau, Role.MEMBER).api(port);
        GatewayTestInitializer.ZONE.stop();
        try {
            for (int i = 0; i < 4; i++) {
                long started = System.nanoTime();
                var response = caller.get("/api/zone/zones");
                assertThat(response.status()).isEqualTo(503);
                assertThat(response.isProblem()).isTrue();
                assertThat(response.json().path("code").asString()).isEqualTo("service.unavailable");
                assertThat(response.json().path("detail").asString()).isEqualTo("责任区服务暂时无法响应，请稍后重试");
                assertThat((System.nanoTime() - started) / 1_000_000).as("fast").isLessThan(2000);
            }
        } finally {
            GatewayTestInitializer.ZONE.start();
        }

        ServiceRecovery.awaitOpenRoute(caller);
    }

    @Test
    void the_correlation_id_reaches_the_service_and_comes_back() {
        Api caller = new Logins(accounts, port).as(bureau, Role.MEMBER).api(port);

        var given = caller.withHeader("X-Correlation-Id", "trace-abc-12345").get("/api/zone/zones?probe=correlation");
        var generated = caller.get("/api/zone/zones?probe=generated");

        assertThat(given.header("X-Correlation-Id")).isEqualTo("trace-abc-12345");
        assertThat(generated.header("X-Correlation-Id")).isNotBlank();
        assertThat(GatewayTestInitializer.ZONE.received())
                .anySatisfy(r -> assertThat(r.headers().get("X-correlation-id")).containsExactly("trace-abc-12345"));
        assertThat(GatewayTestInitializer.ZONE.received())
                .anySatisfy(r -> assertThat(r.headers().get("X-correlation-id"))
                        .containsExactly(generated.header("X-Correlation-Id")));
    }

    @Test
    void the_clients_language_reaches_the_service_so_that_its_refusals_speak_it_too() {
        Api caller = new Logins(accounts, port).as(bureau, Role.MEMBER).api(port);

        caller.withHeader("Accept-Language", "en-GB,en;q=0.9").get("/api/zone/zones?probe=language");

        assertThat(GatewayTestInitializer.ZONE.received())
                .filteredOn(r -> r.path().equals("/api/zone/zones") && r.headers().containsKey("Accept-language"))
                .anySatisfy(r -> assertThat(r.headers().get("Accept-language")).containsExactly("en-GB,en;q=0.9"));
    }

    @Test
    void an_address_that_no_route_serves_is_a_404_problem_with_its_code() {
        Api caller = new Logins(accounts, port).as(bureau, Role.MEMBER).api(port);

        var missing = caller.get("/api/no-such-service/things");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.isProblem()).isTrue();
        assertThat(missing.json().path("code").asString()).isEqualTo("request.not-found");
        assertThat(missing.json().path("detail").asString()).isEqualTo("该地址没有内容");
    }

    @Test
    void a_caller_naming_another_bureau_in_the_query_path_or_body_is_refused_before_any_service() {
        Api caller = new Logins(accounts, port).as(bureau, Role.LEADER).api(port);
        int before = GatewayTestInitializer.ZONE.received().size();

        var query = caller.get("/api/zone/zones?bureauId=someone-else");
        var path = caller.get("/api/zone/bureaus/someone-else/zones");
        var body = caller.post("/api/zone/zones", Map.of("name", "x", "bureauId", "someone-else"));

        assertThat(List.of(query, path, body)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.json().path("code").asString()).isEqualTo("request.another-bureau");
        });
        var repeated = caller.get("/api/zone/zones?bureauId=" + bureau + "&bureauId=someone-else");
        var encoded = caller.get("/api/zone/%62ureaus/someone-else/zones");
        var vendorJson = caller.withHeader("Content-Type", "application/vnd.sangang+json").send("POST",
                "/api/zone/zones", "{\"bureau\":\"someone-else\"}");
        assertThat(List.of(repeated, encoded, vendorJson))
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(403));
        assertThat(GatewayTestInitializer.ZONE.received().size()).isEqualTo(before);
        assertThat(caller.post("/api/zone/zones", Map.of("name", "x", "bureauId", bureau)).status()).isEqualTo(200);
        assertThat(caller.get("/api/zone/zones?bureauId=" + bureau).status()).isEqualTo(200);
    }

    @Test
    void a_request_body_over_the_limit_is_refused() {
        Api caller = new Logins(accounts, port).as(bureau, Role.MEMBER).api(port);

        String big = "{\"text\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        assertThat(caller.post("/api/zone/zones", big).status()).isEqualTo(413);
        var chunked = caller.postChunked("/api/zone/zones", big);
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.isProblem()).isTrue();
        assertThat(chunked.json().path("code").asString()).isEqualTo("request.too-large");
        assertThat(chunked.json().path("detail").asString()).isEqualTo("提交的内容过大（上限 1 MB）");
    }

    @Test
    void the_web_client_origin_may_call_from_a_browser_and_others_may_not() {
        var allowed = Api.at(port).withHeader("Origin", "http://localhost:5173")
                .withHeader("Access-Control-Request-Method", "POST").send("OPTIONS", "/auth/login", null);
        var foreign = Api.at(port).withHeader("Origin", "http://evil.example")
                .withHeader("Access-Control-Request-Method", "POST").send("OPTIONS", "/auth/login", null);

        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void the_access_log_names_the_request_but_never_a_token_or_a_password(CapturedOutput output) {
        var login = new Logins(accounts, port).as(bureau, Role.MEMBER);
        login.api(port).get("/api/zone/zones?secret=query-value");

        await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains("GET /api/zone/zones 200"));
        assertThat(output.getOut()).contains("account=" + login.account().id());
        assertThat(output.getOut()).doesNotContain(login.accessToken()).doesNotContain(Logins.PASSWORD)
                .doesNotContain("query-value");
    }
}
