package cn.sangang.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.StubZoneService;

/** The gateway serves the web client: its page for every client address a browser opens, its files, and no more. */
@GatewayTest
class WebClientPagesTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    Api.Response navigate(String path) {
        return Api.at(port).withHeader("Accept", BROWSER_ACCEPT).get(path);
    }

    @Test
    void a_browser_opening_a_client_address_gets_the_page_without_signing_in() {
        for (String path : List.of("/", "/app", "/app/home", "/app/leader/reviews", "/public/post/plaques/PQ0001",
                "/public/evaluation/surveys?plaque=PQ0001", "/public/board/taojiang-fp")) {
            var page = navigate(path);

            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.contentType()).as(path).startsWith("text/html");
            assertThat(page.body()).as(path).contains("<div id=\"app\"></div>").contains("lang=\"zh-CN\"");
            assertThat(page.header("Cache-Control")).as(path).contains("no-cache");
        }
    }

    @Test
    void the_same_public_address_fetched_as_json_reaches_the_service_and_files_pass_through() {
        int before = GatewayTestInitializer.ZONE.received().size();

        Api.at(port).get("/public/zone/plaques/ZR0001");
        Api.at(port).withHeader("Accept", "*/*").get("/public/zone/plaques/ZR0002");
        navigate("/public/zone/plaques/ZR0001/qr.svg");

        assertThat(
                GatewayTestInitializer.ZONE.received().subList(before, GatewayTestInitializer.ZONE.received().size()))
                .extracting(StubZoneService.Received::path).containsExactly("/public/zone/plaques/ZR0001",
                        "/public/zone/plaques/ZR0002", "/public/zone/plaques/ZR0001/qr.svg");
    }

    @Test
    void staff_data_still_needs_a_token_and_the_page_scripts_do_not() {
        assertThat(Api.at(port).get("/app/home").status()).as("not a page navigation").isEqualTo(401);
        assertThat(Api.at(port).withHeader("Accept", BROWSER_ACCEPT).post("/app/home", "{}").status())
                .as("a form post is not a navigation").isEqualTo(401);
        assertThat(navigate("/apple").status()).as("only /app and below are client addresses").isEqualTo(401);
        assertThat(navigate("/api/zone/people").status()).as("an API address is never the page").isEqualTo(401);

        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(navigate("/").body());
        assertThat(script.find()).isTrue();
        var asset = Api.at(port).withHeader("Accept", "*/*").get(script.group(1));
        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.contentType()).contains("javascript");
    }
}
