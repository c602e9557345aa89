package cn.sangang.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ProblemsTest {

    @Test
    void each_kind_of_refusal_is_answered_with_its_own_client_error_except_an_unavailable_dependency() {
        assertThat(Problems.status(Refusal.INVALID)).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Problems.status(Refusal.FORBIDDEN)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Problems.status(Refusal.NOT_FOUND)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(Problems.status(Refusal.CONFLICT)).isEqualTo(HttpStatus.CONFLICT);
        assertThat(Problems.status(Refusal.RULE_VIOLATED)).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Problems.status(Refusal.TOO_LARGE)).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(Problems.status(Refusal.UNSUPPORTED_FORMAT)).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(Problems.status(Refusal.TOO_MANY)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Problems.status(Refusal.UNAVAILABLE)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(Arrays.stream(Refusal.values()).map(Problems::status).filter(HttpStatus::is5xxServerError))
                .containsExactly(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void a_problem_carries_its_code_and_args_beside_the_words_in_the_callers_language() {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "caller.needs-role",
                Map.of("roles", List.of("ADMIN")), ProblemMessages.ENGLISH);

        assertThat(Problems.members(problem)).containsEntry("status", 403).containsEntry("code", "caller.needs-role")
                .containsEntry("args", Map.of("roles", List.of("ADMIN"))).containsKeys("title", "detail");
    }

    @Test
    void invalid_fields_are_named_once_in_order_and_each_is_said_with_its_reason() {
        ProblemDetail problem = Problems.invalid(HttpStatus.BAD_REQUEST,
                List.of(new InvalidField("title", "must not be blank"), new InvalidField("quarter", "must match"),
                        new InvalidField("title", "size must be between 1 and 80")),
                ProblemMessages.ENGLISH);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("code", "request.invalid").containsEntry("args",
                Map.of("fields", List.of("quarter", "title")));
        assertThat(problem.getDetail()).contains("must not be blank", "must match", "size must be between 1 and 80")
                .contains("; ");
    }

    @Test
    void an_invalid_field_is_named_as_the_request_body_names_it() {
        assertThat(InvalidField.lastName("items[0].title")).isEqualTo("title");
        assertThat(InvalidField.lastName("roles[2]")).isEqualTo("roles");
        assertThat(InvalidField.lastName("create.arg0.name")).isEqualTo("name");
        assertThat(InvalidField.lastName("name")).isEqualTo("name");
    }

    @Test
    void a_problem_without_args_has_no_args_member() {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "request.not-found", Map.of(),
                ProblemMessages.CHINESE);

        assertThat(Problems.members(problem)).containsEntry("code", "request.not-found").doesNotContainKey("args");
    }
}
