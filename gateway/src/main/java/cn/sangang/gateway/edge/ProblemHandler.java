package cn.sangang.gateway.edge;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import cn.sangang.platform.problem.DomainException;
import cn.sangang.platform.problem.InvalidField;
import cn.sangang.platform.problem.ProblemMessages;
import cn.sangang.platform.problem.Problems;

/**
 * The gateway's own endpoints answer errors as RFC 9457 problem+json with a stable {@code code} and {@code args},
 * title and detail in the caller's language, like every service. Validation names the field as the screens do
 * ({@code field.<name>} in the bundles).
 */
@RestControllerAdvice
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** Constraint messages are said again in the request's language: WebFlux validates without knowing it. */
    private static final MessageInterpolator CONSTRAINT_MESSAGES = Validation.byDefaultProvider().configure()
            .getDefaultMessageInterpolator();

    @ExceptionHandler(Problem.class)
    ResponseEntity<Map<String, Object>> problem(Problem problem, ServerWebExchange exchange) {
        return answer(problem, ProblemResponses.detail(problem, ProblemResponses.locale(exchange)), new HttpHeaders());
    }

    /** A platform refusal, answered with the status its kind has in every service. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, Object>> refusal(DomainException refusal, ServerWebExchange exchange) {
        return problem(new Problem(Problems.status(refusal.kind()), refusal.code(), refusal.args()), exchange);
    }

    @ExceptionHandler(WebExchangeBindException.class)
    ResponseEntity<Map<String, Object>> invalid(WebExchangeBindException e, ServerWebExchange exchange) {
        Locale locale = ProblemResponses.locale(exchange);
        List<InvalidField> fields = e.getFieldErrors().stream()
                .map(error -> new InvalidField(InvalidField.lastName(error.getField()), reason(error, locale)))
                .toList();
        ProblemDetail detail = Problems.invalid(HttpStatus.BAD_REQUEST, fields, locale);
        return answer(HttpStatus.BAD_REQUEST, null, detail, new HttpHeaders());
    }

    /** A path variable that breaks its constraint, such as an account id of the wrong shape. */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Map<String, Object>> invalidParameter(HandlerMethodValidationException e,
            ServerWebExchange exchange) {
        String field = e.getParameterValidationResults().stream()
                .map(result -> result.getMethodParameter().getParameterName()).filter(name -> name != null).findFirst()
                .orElse("?");
        Locale locale = ProblemResponses.locale(exchange);
        Problem problem = new Problem(HttpStatus.BAD_REQUEST, "request.invalid-parameter",
                Map.of("field", ProblemMessages.field(field, locale)));
        return answer(problem, ProblemResponses.detail(problem, locale), new HttpHeaders());
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<Map<String, Object>> unreadable(ServerWebInputException e, ServerWebExchange exchange) {
        return problem(new Problem(HttpStatus.BAD_REQUEST, "request.unreadable", Map.of()), exchange);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Map<String, Object>> duplicate(DuplicateKeyException e, ServerWebExchange exchange) {
        return problem(new Problem(HttpStatus.CONFLICT, "account.username-taken", Map.of()), exchange);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Map<String, Object>> concurrent(OptimisticLockingFailureException e, ServerWebExchange exchange) {
        return problem(new Problem(HttpStatus.CONFLICT, "request.concurrent-change", Map.of()), exchange);
    }

    /** What WebFlux itself refuses (no such resource, wrong method or media type) keeps its own 4xx status. */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, Object>> refused(ResponseStatusException e, ServerWebExchange exchange) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        if (status == null || status.is5xxServerError()) {
            return unexpected(e, exchange);
        }
        Problem problem = switch (status) {
            case NOT_FOUND -> new Problem(status, "request.not-found", Map.of());
            case METHOD_NOT_ALLOWED -> new Problem(status, "request.method-not-allowed", Map.of());
            case UNSUPPORTED_MEDIA_TYPE -> new Problem(status, "request.media-type", Map.of());
            case NOT_ACCEPTABLE -> new Problem(status, "request.not-acceptable", Map.of());
            default -> new Problem(status, "request.refused", Map.of("status", status.value()));
        };
        HttpHeaders kept = new HttpHeaders();
        kept.putAll(e.getHeaders());
        return answer(problem, ProblemResponses.detail(problem, ProblemResponses.locale(exchange)), kept);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e, ServerWebExchange exchange) {
        log.error("unexpected failure", e);
        return problem(new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "request.internal", Map.of()), exchange);
    }

    private static ResponseEntity<Map<String, Object>> answer(Problem problem, ProblemDetail detail,
            HttpHeaders headers) {
        return answer(problem.status(), problem.retryAfterSeconds(), detail, headers);
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, Long retryAfterSeconds,
            ProblemDetail detail, HttpHeaders headers) {
        if (retryAfterSeconds != null) {
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        }
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.members(detail));
    }

    private static String reason(FieldError error, Locale locale) {
        if (!error.contains(ConstraintViolation.class)) {
            return String.valueOf(error.getDefaultMessage());
        }
        ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
        return CONSTRAINT_MESSAGES.interpolate(violation.getMessageTemplate(), new Violated(violation), locale);
    }

    /** What a constraint message may refer to: the constraint's attributes and the rejected value. */
    private record Violated(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return violation.unwrap(type);
        }
    }
}
