package cn.sangang.platform.zone.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import feign.FeignException;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import org.junit.jupiter.api.Test;

import cn.sangang.platform.problem.DomainException;
import cn.sangang.platform.problem.ProblemMessages;
import cn.sangang.platform.problem.Refusal;

/** One reading of every failed question to zone-service, whichever question it was. */
class ZoneServiceFallbackTest {

    private final ZoneServiceFallback fallback = new ZoneServiceFallback();

    @Test
    void a_404_is_the_answer_that_no_such_person_or_unit_is_on_the_roster() {
        ZoneServiceClient client = fallback.create(answered(404));

        assertThatThrownBy(() -> client.person("Bearer t", "NOPE")).isInstanceOf(ZoneNotFoundException.class);
        assertThatThrownBy(() -> client.unit("Bearer t", "nope")).isInstanceOf(ZoneNotFoundException.class);
    }

    @Test
    void another_4xx_is_a_refusal_of_the_question_kept_apart_from_an_outage() {
        assertThatThrownBy(() -> fallback.create(answered(403)).unit("Bearer t", "fazhi"))
                .isInstanceOfSatisfying(ZoneRefusedException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(403);
                    assertThat(refused.kind()).isEqualTo(Refusal.FORBIDDEN);
                    assertThat(refused.args()).containsEntry("status", 403);
                });
        assertThatThrownBy(() -> fallback.create(answered(400)).person("Bearer t", "bad no")).isInstanceOfSatisfying(
                ZoneRefusedException.class, refused -> assertThat(refused.kind()).isEqualTo(Refusal.INVALID));
    }

    @Test
    void no_answer_a_timeout_a_server_error_or_an_open_breaker_means_zone_service_cannot_be_asked_now() {
        RetryableException refused = new RetryableException(-1, "Connection refused", Request.HttpMethod.GET,
                (Long) null, request());
        for (Throwable cause : List.of(refused, new TimeoutException(), answered(500), answered(503),
                new IllegalStateException("CircuitBreaker 'zone-service' is OPEN"))) {
            assertThatThrownBy(() -> fallback.create(cause).partyMembers("Bearer t")).as(cause.toString())
                    .isInstanceOfSatisfying(ZoneUnavailableException.class, unavailable -> {
                        assertThat(unavailable.kind()).isEqualTo(Refusal.UNAVAILABLE);
                        assertThat(unavailable.args()).containsEntry("service", "zone-service");
                    });
        }
    }

    @Test
    void every_refusal_of_this_module_is_worded_in_chinese_and_english() {
        List<DomainException> refusals = List.of(new ZoneNotFoundException(), new ZoneRefusedException(403),
                new ZoneUnavailableException());

        assertThat(refusals).allSatisfy(refusal -> {
            assertThat(ProblemMessages.knows(refusal.code(), ProblemMessages.CHINESE)).as(refusal.code()).isTrue();
            assertThat(ProblemMessages.knows(refusal.code(), ProblemMessages.ENGLISH)).as(refusal.code()).isTrue();
        });
        assertThat(ProblemMessages.detail("service.unavailable", Map.of("service", "zone-service"),
                ProblemMessages.CHINESE)).isEqualTo("责任区服务暂时无法响应，请稍后重试");
    }

    private static FeignException answered(int status) {
        Response response = Response.builder().status(status).reason("status " + status).request(request())
                .headers(Map.of()).body("{}", StandardCharsets.UTF_8).build();
        return FeignException.errorStatus("ZoneServiceClient#person(String,String)", response);
    }

    private static Request request() {
        return Request.create(Request.HttpMethod.GET, "http://zone/api/zone/membership/people/X", Map.of(), null,
                StandardCharsets.UTF_8, null);
    }
}
