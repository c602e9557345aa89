package cn.sangang.gateway.edge;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import cn.sangang.platform.problem.ProblemMessages;
import cn.sangang.platform.problem.Problems;

/**
 * The one shape of a gateway refusal: status, title and detail in the caller's language, and the stable
 * {@code code} with its {@code args}; written here by web filters, which answer before any controller does.
 */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    public static Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(problem.status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.retryAfterSeconds() != null) {
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(problem.retryAfterSeconds()));
        }
        byte[] body = JSON.writeValueAsString(Problems.members(detail(problem, locale(exchange))))
                .getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    /** Chinese unless the request prefers English. */
    static Locale locale(ServerWebExchange exchange) {
        return ProblemMessages.locale(exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** In the shape every service answers with ({@link Problems}). */
    static ProblemDetail detail(Problem problem, Locale locale) {
        return Problems.of(problem.status(), problem.code(), problem.args(), locale);
    }
}
