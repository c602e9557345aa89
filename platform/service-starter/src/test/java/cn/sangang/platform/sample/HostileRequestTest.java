package cn.sangang.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.ProblemAssertions;
import cn.sangang.testkit.ServiceIntegrationTest;

/**
 * Requests no endpoint can take, refused as problem+json whatever refuses them: the body limit, the date range,
 * method validation, Spring Security's firewall and Tomcat itself.
 */
@ServiceIntegrationTest
class HostileRequestTest extends SampleServiceTest {

    @Autowired
    MongoOperations mongo;

    @Test
    void a_body_larger_than_one_megabyte_is_refused_with_a_413_problem() {
        var response = admin().post("/api/sample/gadgets", Map.of("name", "x".repeat(1024 * 1024)));

        assertRefused(response, 413);
        assertThat(response.json().path("code").asString()).isEqualTo("request.too-large");
        assertThat(response.json().path("detail").asString()).isEqualTo("提交的内容过大（上限 1 MB）");
    }

    @Test
    void a_body_sent_in_chunks_is_refused_with_a_413_problem_once_it_passes_one_megabyte() {
        var response = admin().postChunked("/api/sample/gadgets",
                "{\"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}");

        assertRefused(response, 413);
        assertThat(mongo.count(Query.query(Criteria.where("bureauId").is(bureau)), "gadgets")).isZero();
    }

    @Test
    void a_body_just_under_the_limit_is_read() {
        var response = admin().postChunked("/api/sample/gadgets", "{\"name\": \"" + "x".repeat(1000 * 1000) + "\"}");

        assertRefused(response, 400);
        assertThat(response.json().path("code").asString()).isEqualTo("request.invalid");
        assertThat(response.json().path("args").path("fields").get(0).asString()).isEqualTo("name");
    }

    @Test
    void a_date_the_store_cannot_hold_is_a_400_problem_naming_the_field_and_writes_nothing() {
        for (String date : new String[]{"-999999999-01-01", "+999999999-12-31", "0000-12-31", "+10000-01-01",
                "2026-02-30"}) {
            var response = admin().post("/api/sample/appointments", Map.of("on", date));

            assertRefused(response, 400);
            assertThat(response.json().path("code").asString()).as(date).isEqualTo("request.bad-date");
            assertThat(response.json().path("detail").asString()).as(date)
                    .isEqualTo("on须为 yyyy-MM-dd 格式的日期，在 0001-01-01 至 9999-12-31 之间");
        }
        assertThat(admin().post("/api/sample/appointments", Map.of("on", "9999-12-31")).status()).isEqualTo(201);
        assertThat(mongo.count(Query.query(Criteria.where("bureauId").is(bureau)), "appointments")).isOne();
    }

    @Test
    void a_path_variable_against_its_pattern_is_a_400_problem_saying_what_it_must_be() {
        var response = admin().put("/api/sample/appointments/%24gt/hours/9", null);

        assertRefused(response, 400);
        assertThat(response.json().path("code").asString()).isEqualTo("request.invalid");
        assertThat(response.json().path("detail").asString()).isEqualTo("提交的内容有误：code：格式不正确");
    }

    @Test
    void a_path_variable_of_the_wrong_type_is_a_400_problem_that_does_not_echo_it() {
        var response = admin().put("/api/sample/appointments/abc/hours/" + "9".repeat(40), null);

        assertRefused(response, 400);
        assertThat(response.json().path("code").asString()).isEqualTo("request.must-be-whole-number");
        assertThat(response.json().path("args").path("field").asString()).isEqualTo("hour");
    }

    @Test
    void a_path_the_firewall_rejects_is_a_400_problem() {
        for (String path : new String[]{"/api/sample/appointments/a%3Bb/hours/1",
                "/api/sample/appointments/%25/hours/1", "/api/sample/appointments/../hours/1"}) {
            assertRefused(admin().put(path, null), 400);
        }
    }

    @Test
    void an_address_tomcat_cannot_take_is_a_400_problem() {
        for (String path : new String[]{"/api/sample/appointments/a%2Fb/hours/1",
                "/api/sample/appointments/a%5Cb/hours/1", "/api/sample/appointments/%C3%28/hours/1"}) {
            assertRefused(admin().put(path, null), 400);
        }
    }

    @Test
    void a_body_nested_five_thousand_deep_is_a_400_problem() {
        assertRefused(admin().post("/api/sample/gadgets", "[".repeat(5_000) + "]".repeat(5_000)), 400);
        assertRefused(admin().post("/api/sample/gadgets", "{\"name\":".repeat(5_000) + "1" + "}".repeat(5_000)), 400);
    }

    @Test
    void a_number_of_five_thousand_digits_is_a_400_problem_saying_it_is_too_long() {
        var response = admin().post("/api/sample/gadgets", "{\"name\": " + "9".repeat(5_000) + "}");

        assertRefused(response, 400);
        assertThat(response.json().path("code").asString()).isEqualTo("request.too-deep");
    }

    private static void assertRefused(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        ProblemAssertions.assertProblem(response, response.toString());
    }
}
